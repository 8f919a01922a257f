const crypto = require('node:crypto');

class MemoryStore {
  constructor() {
    this.links = new Map();
  }

  async create(url) {
    let code;
    do {
      code = crypto.randomBytes(4).toString('base64url');
    } while (this.links.has(code));
    this.links.set(code, { url, hits: 0, createdAt: new Date().toISOString() });
    return code;
  }

  async get(code) {
    return this.links.get(code) || null;
  }

  async hit(code) {
    const link = this.links.get(code);
    if (link) link.hits += 1;
  }

  async remove(code) {
    return this.links.delete(code);
  }
}

module.exports = { MemoryStore };
