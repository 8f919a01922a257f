const list = document.getElementById('notes');
const empty = document.getElementById('empty');
const search = document.getElementById('search');

let allNotes = [];
let currentUrl = '';

function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

function matches(note, query) {
  if (!query) return true;
  const q = query.toLowerCase();
  return note.quote.toLowerCase().includes(q) || (note.text ?? '').toLowerCase().includes(q);
}

function render(query = '') {
  list.replaceChildren();
  const visible = allNotes.filter((n) => matches(n, query));
  empty.hidden = visible.length > 0;
  empty.textContent = allNotes.length === 0 ? 'No notes on this site yet.' : `No notes match “${query}”.`;
  for (const note of visible) list.appendChild(renderNote(note, currentUrl));
}

function renderNote(note, tabUrl) {
  const li = document.createElement('li');
  li.className = `note note-${note.color}`;
  const quote = document.createElement('blockquote');
  quote.textContent = note.quote;
  const text = document.createElement('p');
  text.textContent = note.text || '(no note)';
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = 'Remove';
  remove.addEventListener('click', async () => {
    await chrome.runtime.sendMessage({ type: 'notes:remove', url: tabUrl, id: note.id });
    allNotes = allNotes.filter((n) => n.id !== note.id);
    render(search?.value ?? '');
  });
  li.append(quote, text, remove);
  return li;
}

async function init() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) return;
  const { notes = [] } = await chrome.runtime.sendMessage({ type: 'notes:list', url: tab.url });
  allNotes = notes;
  currentUrl = tab.url;
  render();
  search?.addEventListener('input', debounce(() => render(search.value.trim()), 150));
}

init();
