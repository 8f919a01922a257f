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
  render();
});

render();
