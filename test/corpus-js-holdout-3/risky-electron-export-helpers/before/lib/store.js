const Store = require('electron-store');

const store = new Store({ name: 'notes', defaults: { notes: [], settings: { theme: 'light' } } });

function listNotes() {
  return store.get('notes');
}

function saveNote(note) {
  const notes = store.get('notes').filter((n) => n.id !== note.id);
  notes.push({ ...note, updatedAt: Date.now() });
  store.set('notes', notes);
  return note;
}

function getSettings() {
  return store.get('settings');
}

module.exports = { listNotes, saveNote, getSettings, store };
