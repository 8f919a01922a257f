const { marked } = require('marked');

const listEl = document.getElementById('note-list');
const editor = document.getElementById('editor');
const preview = document.getElementById('preview');

function renderPreview() {
  preview.innerHTML = marked.parse(editor.value);
}
let current = null;

async function open(id) {
  current = id;
  editor.value = await window.notesApi.read(id);
  renderPreview();
}

async function refresh() {
  const ids = await window.notesApi.list();
  listEl.replaceChildren(
    ...ids.map((id) => {
      const li = document.createElement('li');
      li.textContent = id;
      li.addEventListener('click', () => open(id));
      return li;
    }),
  );
}

editor.addEventListener('input', () => {
  if (current) window.notesApi.save(current, editor.value);
  renderPreview();
});

refresh();
