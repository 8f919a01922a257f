'use strict';

class Cooldowns {
  constructor(windowMs) {
    this.windowMs = windowMs;
    this.lastUse = new Map();
  }

  key(userId, commandName) {
    return `${userId}:${commandName}`;
  }

  remaining(userId, commandName, now = Date.now()) {
    const last = this.lastUse.get(this.key(userId, commandName));
    if (last === undefined) return 0;
    return Math.max(0, last + this.windowMs - now);
  }

  touch(userId, commandName, now = Date.now()) {
    this.lastUse.set(this.key(userId, commandName), now);
    if (this.lastUse.size > 5000) {
      this.prune(now);
    }
  }

  prune(now = Date.now()) {
    for (const [key, last] of this.lastUse) {
      if (last + this.windowMs <= now) {
        this.lastUse.delete(key);
      }
    }
  }
}

module.exports = { Cooldowns };
