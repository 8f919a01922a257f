export class TelegramApiError extends Error {
  constructor(method, description, code) {
    super(`${method} failed: ${description}`);
    this.name = 'TelegramApiError';
    this.method = method;
    this.code = code;
  }
}

export class TelegramClient {
  #base;

  constructor(token) {
    this.#base = `https://api.telegram.org/bot${token}`;
  }

  async send(method, payload = {}) {
    const res = await fetch(`${this.#base}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    const json = await res.json();
    if (!json.ok) throw new TelegramApiError(method, json.description, json.error_code);
    return json.result;
  }

  getUpdates(offset, timeout = 30) {
    return this.send('getUpdates', { offset, timeout });
  }

  sendMessage(chatId, text) {
    return this.send('sendMessage', { chat_id: chatId, text, parse_mode: 'HTML' });
  }
}
