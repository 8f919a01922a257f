import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export function createStorage(dir) {
  const stateFile = path.join(dir, 'state.json');
  let cache = null;

  async function load() {
    if (cache) return cache;
    try {
      cache = JSON.parse(await readFile(stateFile, 'utf8'));
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
      cache = { offset: 0, chats: {} };
    }
    return cache;
  }

  async function save() {
    await mkdir(dir, { recursive: true });
    await writeFile(stateFile, JSON.stringify(cache, null, 2));
  }

  return {
    async getOffset() {
      return (await load()).offset;
    },
    async setOffset(offset) {
      const state = await load();
      if (state.offset === offset) return;
      state.offset = offset;
      await save();
    },
    async addEntry(chatId, day, entry) {
      const state = await load();
      const chat = (state.chats[chatId] ??= {});
      const list = (chat[day] ??= []);
      const idx = list.findIndex((e) => e.user === entry.user);
      if (idx >= 0) list[idx] = entry;
      else list.push(entry);
      await save();
    },
    async getEntries(chatId, day) {
      const state = await load();
      return state.chats[chatId]?.[day] ?? [];
    },
  };
}
