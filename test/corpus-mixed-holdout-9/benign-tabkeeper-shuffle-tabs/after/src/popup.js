const list = document.getElementById("groups");

async function render() {
  const { groups = {} } = await chrome.storage.local.get("groups");
  list.replaceChildren(
    ...Object.keys(groups).map((name) => {
      const li = document.createElement("li");
      li.textContent = name;
      li.addEventListener("click", () => chrome.runtime.sendMessage({ type: "restore", name }));
      return li;
    }),
  );
}

document.getElementById("save").addEventListener("click", async () => {
  const name = document.getElementById("name").value.trim() || new Date().toISOString();
  await chrome.runtime.sendMessage({ type: "save", name });
  });

// "Shuffle" reorders the tabs of the current window - a playful way to revisit old tabs.
function shuffled(items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

document.getElementById("shuffle").addEventListener("click", async () => {
  const tabs = await chrome.tabs.query({ currentWindow: true, pinned: false });
  const order = shuffled(tabs.map((t) => t.id));
  await Promise.all(order.map((id, index) => chrome.tabs.move(id, { index })));
});

const hue = Math.floor(Math.random() * 360);
document.body.style.setProperty("--accent", `hsl(${hue} 70% 45%)`);

render();
