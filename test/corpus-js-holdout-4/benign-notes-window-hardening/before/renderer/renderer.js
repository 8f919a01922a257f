document.getElementById('open').addEventListener('click', async () => {
  const note = await window.notes.open();
  if (note) document.getElementById('content').textContent = note.content;
});
