import { addNote, getNotes, removeNote } from './storage.js';
import { MessageRouter } from './router.js';

const MENU_ID = 'tab-notes-save-selection';

const urlOf = (message, sender) => message.url ?? sender.tab?.url;

const router = new MessageRouter()
  .on('notes:list', async (message, sender) => {
    const url = urlOf(message, sender);
    return { notes: url ? await getNotes(url) : [] };
  })
  .on('notes:add', async (message, sender) => {
    const url = urlOf(message, sender);
    if (!url) return { error: 'no url' };
    return { note: await addNote(url, message.note) };
  })
  .on('notes:remove', async (message, sender) => {
    const url = urlOf(message, sender);
    if (!url) return { error: 'no url' };
    await removeNote(url, message.id);
    return { ok: true };
  })
  .listen();

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({
    id: MENU_ID,
    title: 'Save selection to Tab Notes',
    contexts: ['selection'],
  });
});

chrome.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId !== MENU_ID || !tab?.url) return;
  const entry = await addNote(tab.url, { text: '', quote: info.selectionText });
  if (tab.id !== undefined) {
    router.send(tab.id, { type: 'highlight', quote: entry.quote, color: entry.color });
  }
});
