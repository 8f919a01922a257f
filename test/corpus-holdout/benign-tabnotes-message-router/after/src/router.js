export class MessageRouter {
  constructor() {
    this.routes = new Map();
  }

  on(type, handler) {
    if (this.routes.has(type)) throw new Error(`Duplicate route: ${type}`);
    this.routes.set(type, handler);
    return this;
  }

  async dispatch(message, sender) {
    const handler = this.routes.get(message?.type);
    if (!handler) return undefined;
    try {
      return await handler(message, sender);
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  }

  listen() {
    chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (!this.routes.has(message?.type)) return false;
      this.dispatch(message, sender).then(sendResponse);
      return true;
    });
    return this;
  }

  send(tabId, message) {
    return chrome.tabs.sendMessage(tabId, message);
  }

  describe() {
    return [...this.routes.keys()].sort();
  }
}
