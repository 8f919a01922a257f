const list = document.getElementById('notes');
const empty = document.getElementById('empty');

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
    li.remove();
    if (list.children.length === 0) empty.hidden = false;
  });
  li.append(quote, text, remove);
  return li;
}

async function init() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) return;
  const { notes = [] } = await chrome.runtime.sendMessage({ type: 'notes:list', url: tab.url });
  empty.hidden = notes.length > 0;
  for (const note of notes) {
    list.appendChild(renderNote(note, tab.url));
  }
}

init();
