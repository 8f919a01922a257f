import { handleCommand } from './commands.mjs';
import { createStorage } from './storage.mjs';

const token = process.env.TELEGRAM_BOT_TOKEN;
if (!token) {
  console.error('TELEGRAM_BOT_TOKEN is required');
  process.exit(1);
}

const API = `https://api.telegram.org/bot${token}`;
const storage = createStorage(process.env.DATA_DIR ?? './data');

export async function callApi(method, payload = {}) {
  const res = await fetch(`${API}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const json = await res.json();
  if (!json.ok) throw new Error(`${method} failed: ${json.description}`);
  return json.result;
}

async function poll() {
  let offset = await storage.getOffset();
  for (;;) {
    try {
      const updates = await callApi('getUpdates', { offset, timeout: 30 });
      for (const update of updates) {
        offset = update.update_id + 1;
        const msg = update.message;
        if (!msg?.text) continue;
        const reply = await handleCommand(msg, storage);
        if (reply) await callApi('sendMessage', { chat_id: msg.chat.id, text: reply, parse_mode: 'HTML' });
      }
      await storage.setOffset(offset);
    } catch (err) {
      console.error('poll error', err.message);
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

poll();
