const list = document.querySelector("#notes");
const editor = document.querySelector("#editor");
let current = null;

async function refresh() {
  const ids = await window.jotter.listNotes();
  list.replaceChildren(
    ...ids.map((id) => {
      const li = document.createElement("li");
      li.textContent = id;
      li.addEventListener("click", () => open(id));
      return li;
    }),
  );
}

async function open(id) {
  current = id;
  editor.value = await window.jotter.readNote(id);
}

editor.addEventListener("input", () => {
  if (current) window.jotter.saveNote(current, editor.value);
});

refresh();
