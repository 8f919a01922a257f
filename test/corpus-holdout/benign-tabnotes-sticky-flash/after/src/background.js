import { addNote, getNotes, removeNote } from './storage.js';

const MENU_ID = 'tab-notes-save-selection';

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
    chrome.tabs.sendMessage(tab.id, { type: 'highlight', quote: entry.quote, color: entry.color });
  }
});

const handlers = {
  async 'notes:list'(message, sender) {
    const url = message.url ?? sender.tab?.url;
    return { notes: url ? await getNotes(url) : [] };
  },
  async 'notes:add'(message, sender) {
    const url = message.url ?? sender.tab?.url;
    if (!url) return { error: 'no url' };
    return { note: await addNote(url, message.note) };
  },
  async 'notes:remove'(message, sender) {
    const url = message.url ?? sender.tab?.url;
    if (!url) return { error: 'no url' };
    await removeNote(url, message.id);
    return { ok: true };
  },
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = Object.prototype.hasOwnProperty.call(handlers, message?.type) ? handlers[message.type] : undefined;
  if (!handler) return false;
  handler(message, sender)
    .then(sendResponse)
    .catch((err) => sendResponse({ error: String(err) }));
  return true;
});
