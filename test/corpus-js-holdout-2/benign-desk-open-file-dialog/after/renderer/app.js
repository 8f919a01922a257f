const root = document.getElementById('app');
const footer = document.getElementById('version');

window.desk.version().then((v) => {
  footer.textContent = `Desk Notes v${v}`;
});

root.innerHTML = '<button id="open">Open…</button><textarea id="editor" placeholder="Start typing..."></textarea>';

document.getElementById('open').addEventListener('click', async () => {
  const note = await window.desk.openNote();
  if (note) {
    document.getElementById('editor').value = note.text;
    document.title = `${note.name} - Desk Notes`;
  }
});
