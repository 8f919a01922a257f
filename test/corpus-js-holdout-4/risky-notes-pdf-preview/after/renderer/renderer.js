document.getElementById('open').addEventListener('click', async () => {
  const note = await window.notes.open();
  if (note) document.getElementById('content').textContent = note.content;
});

document.addEventListener('drop', async (e) => {
  e.preventDefault();
  const file = e.dataTransfer.files[0];
  if (!file) return;
  if (file.name.endsWith('.pdf')) {
    const pdfjs = window.lazy.load('pdfjs-dist');
    await pdfjs.getDocument(`file://${window.notes.pathForDrop(file)}`).promise;
  }
});
document.addEventListener('dragover', (e) => e.preventDefault());
