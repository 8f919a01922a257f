import { handleCommand } from './commands.mjs';
import { createStorage } from './storage.mjs';
import { TelegramClient } from './telegram.mjs';

const token = process.env.TELEGRAM_BOT_TOKEN;
if (!token) {
  console.error('TELEGRAM_BOT_TOKEN is required');
  process.exit(1);
}

const telegram = new TelegramClient(token);
const storage = createStorage(process.env.DATA_DIR ?? './data');

async function poll() {
  let offset = await storage.getOffset();
  for (;;) {
    try {
      const updates = await telegram.getUpdates(offset);
      for (const update of updates) {
        offset = update.update_id + 1;
        const msg = update.message;
        if (!msg?.text) continue;
        const reply = await handleCommand(msg, storage);
        if (reply) await telegram.sendMessage(msg.chat.id, reply);
      }
      await storage.setOffset(offset);
    } catch (err) {
      console.error('poll error', err.message);
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

poll();
