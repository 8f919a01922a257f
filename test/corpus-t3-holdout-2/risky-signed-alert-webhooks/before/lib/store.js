'use strict';

const Redis = require('ioredis');

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
    quit() {
      return client.quit();
    },
  };
}

module.exports = { createStore };
