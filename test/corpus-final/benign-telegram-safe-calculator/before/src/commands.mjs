import { escapeHtml, formatSummary } from './format.mjs';

const HELP = [
  '/standup <text> — record your update for today',
  '/summary — show today\'s updates',
  '/skip — mark yourself as away today',
  '/help — show this message',
].join('\n');

function today() {
  return new Date().toISOString().slice(0, 10);
}

export async function handleCommand(msg, storage) {
  const [rawCmd, ...rest] = msg.text.trim().split(/\s+/);
  const cmd = rawCmd.split('@')[0].toLowerCase();
  const arg = rest.join(' ');
  const user = msg.from?.username ?? msg.from?.first_name ?? 'someone';
  const chatId = msg.chat.id;

  switch (cmd) {
    case '/start':
    case '/help':
      return HELP;
    case '/standup': {
      if (!arg) return 'Usage: /standup what you did / what you will do / blockers';
      await storage.addEntry(chatId, today(), { user, text: arg, at: Date.now() });
      return `Thanks ${escapeHtml(user)}, noted ✅`;
    }
    case '/skip':
      await storage.addEntry(chatId, today(), { user, text: '(away)', at: Date.now(), skipped: true });
      return `Enjoy your day off, ${escapeHtml(user)}`;
    case '/summary': {
      const entries = await storage.getEntries(chatId, today());
      return formatSummary(today(), entries);
    }
    default:
      return null;
  }
}
