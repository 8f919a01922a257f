async function refresh() {
  const list = document.getElementById('list');
  list.replaceChildren();
  for (const note of await window.notes.list()) {
    const li = document.createElement('li');
    li.textContent = note.title;
    list.appendChild(li);
  }
}

refresh();
