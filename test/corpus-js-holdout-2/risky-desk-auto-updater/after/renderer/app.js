const root = document.getElementById('app');
const footer = document.getElementById('version');

window.desk.version().then((v) => {
  footer.textContent = `Desk Notes v${v}`;
});

root.innerHTML = '<textarea id="editor" placeholder="Start typing..."></textarea>';
