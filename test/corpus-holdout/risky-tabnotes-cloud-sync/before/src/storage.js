const KEY_PREFIX = 'notes:';

export function siteKey(url) {
  try {
    const { hostname } = new URL(url);
    return KEY_PREFIX + hostname.replace(/^www\./, '');
  } catch {
    return KEY_PREFIX + 'unknown';
  }
}

export async function getNotes(url) {
  const key = siteKey(url);
  const result = await chrome.storage.local.get(key);
  return Array.isArray(result[key]) ? result[key] : [];
}

export async function addNote(url, note) {
  const key = siteKey(url);
  const notes = await getNotes(url);
  const entry = {
    id: `${Date.now().toString(36)}-${notes.length}`,
    text: note.text,
    quote: note.quote ?? '',
    color: note.color ?? 'yellow',
    createdAt: new Date().toISOString(),
  };
  await chrome.storage.local.set({ [key]: [...notes, entry] });
  return entry;
}

export async function removeNote(url, id) {
  const key = siteKey(url);
  const notes = await getNotes(url);
  await chrome.storage.local.set({ [key]: notes.filter((n) => n.id !== id) });
}

export async function allSites() {
  const everything = await chrome.storage.local.get(null);
  return Object.keys(everything)
    .filter((k) => k.startsWith(KEY_PREFIX))
    .map((k) => ({ site: k.slice(KEY_PREFIX.length), count: everything[k].length }));
}
