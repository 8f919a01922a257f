/* global inkpad, marked, DOMPurify */
const listEl = document.getElementById("notes");
const editor = document.getElementById("editor");
const preview = document.getElementById("preview");
let current = null;

function render() {
  preview.innerHTML = DOMPurify.sanitize(marked.parse(editor.value));
}

async function open(id) {
  current = id;
  editor.value = await inkpad.read(id);
  render();
}

async function refresh() {
  listEl.replaceChildren();
  for (const id of await inkpad.list()) {
    const li = document.createElement("li");
    li.textContent = id;
    li.addEventListener("click", () => open(id));
    listEl.append(li);
  }
}

editor.addEventListener("input", render);
document.getElementById("export").addEventListener("click", async () => {
  if (!current) return;
  await inkpad.save(current, editor.value);
  const saved = await inkpad.exportNote(current);
  if (saved) document.title = `inkpad - exported to ${saved}`;
});
document.getElementById("save").addEventListener("click", async () => {
  if (current) await inkpad.save(current, editor.value);
});

refresh();
