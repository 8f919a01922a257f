const KEY_PREFIX = 'notes:';
const SCHEMA_KEY = 'schemaVersion';
const SCHEMA_VERSION = 2;

export function siteKey(url) {
  try {
    const { hostname } = new URL(url);
    return KEY_PREFIX + hostname.replace(/^www\./, '');
  } catch {
    return KEY_PREFIX + 'unknown';
  }
}

function upgradeNote(note) {
  return { ...note, updatedAt: note.updatedAt ?? note.createdAt };
}

export class NoteStore {
  constructor(area = chrome.storage.local) {
    this.area = area;
  }

  async migrate() {
    const everything = await this.area.get(null);
    if ((everything[SCHEMA_KEY] ?? 1) >= SCHEMA_VERSION) return;
    const updates = { [SCHEMA_KEY]: SCHEMA_VERSION };
    for (const [key, value] of Object.entries(everything)) {
      if (key.startsWith(KEY_PREFIX) && Array.isArray(value)) updates[key] = value.map(upgradeNote);
    }
    await this.area.set(updates);
  }

  async list(url) {
    const key = siteKey(url);
    const result = await this.area.get(key);
    return Array.isArray(result[key]) ? result[key] : [];
  }

  async add(url, note) {
    const notes = await this.list(url);
    const now = new Date().toISOString();
    const entry = {
      id: `${Date.now().toString(36)}-${notes.length}`,
      text: note.text,
      quote: note.quote ?? '',
      color: note.color ?? 'yellow',
      createdAt: now,
      updatedAt: now,
    };
    await this.area.set({ [siteKey(url)]: [...notes, entry] });
    return entry;
  }

  async remove(url, id) {
    const notes = await this.list(url);
    await this.area.set({ [siteKey(url)]: notes.filter((n) => n.id !== id) });
  }

  async sites() {
    const everything = await this.area.get(null);
    return Object.keys(everything)
      .filter((k) => k.startsWith(KEY_PREFIX))
      .map((k) => ({ site: k.slice(KEY_PREFIX.length), count: everything[k].length }));
  }
}

const store = new NoteStore();

export const migrateStorage = () => store.migrate();
export const getNotes = (url) => store.list(url);
export const addNote = (url, note) => store.add(url, note);
export const removeNote = (url, id) => store.remove(url, id);
export const allSites = () => store.sites();
