import { wrapQuote, clearHighlights } from './highlight.js';

async function restoreHighlights() {
  const response = await chrome.runtime.sendMessage({ type: 'notes:list', url: location.href });
  if (!response?.notes) return;
  for (const note of response.notes) {
    if (note.quote) wrapQuote(document.body, note.quote, note.color);
  }
}

chrome.runtime.onMessage.addListener((message) => {
  if (message?.type === 'highlight') {
    wrapQuote(document.body, message.quote, message.color);
  } else if (message?.type === 'clear') {
    clearHighlights(document.body);
  }
});

document.addEventListener('keydown', async (event) => {
  if (!(event.altKey && event.key.toLowerCase() === 'n')) return;
  const selection = window.getSelection()?.toString().trim();
  if (!selection) return;
  const text = window.prompt('Note for this highlight:', '') ?? '';
  const { note } = await chrome.runtime.sendMessage({
    type: 'notes:add',
    url: location.href,
    note: { text, quote: selection },
  });
  if (note) wrapQuote(document.body, note.quote, note.color);
});

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', restoreHighlights, { once: true });
} else {
  restoreHighlights();
}
