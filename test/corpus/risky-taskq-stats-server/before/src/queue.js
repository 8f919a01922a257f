'use strict';

const { EventEmitter } = require('node:events');
const { backoffDelay, sleep } = require('./backoff');

class Queue extends EventEmitter {
  constructor({ store, concurrency = 1, maxAttempts = 3, backoff = {} }) {
    super();
    this.store = store;
    this.concurrency = concurrency;
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
    this.handlers = new Map();
    this.running = 0;
    this.stopped = false;
  }

  define(name, handler) {
    if (typeof handler !== 'function') {
      throw new TypeError(`handler for ${name} must be a function`);
    }
    this.handlers.set(name, handler);
    return this;
  }

  async add(name, payload = {}) {
    if (!this.handlers.has(name)) {
      throw new Error(`no handler defined for job type "${name}"`);
    }
    const job = await this.store.put({ name, payload, createdAt: Date.now() });
    this.emit('added', job);
    setImmediate(() => this.tick());
    return job;
  }

  async tick() {
    while (!this.stopped && this.running < this.concurrency) {
      const job = await this.store.nextWaiting();
      if (!job) return;
      this.running++;
      await this.store.update(job.id, { state: 'active' });
      this.run(job).finally(() => {
        this.running--;
        setImmediate(() => this.tick());
      });
    }
  }

  async run(job) {
    const handler = this.handlers.get(job.name);
    const attempts = job.attempts + 1;
    try {
      const result = await handler(job.payload, { id: job.id, attempt: attempts });
      await this.store.update(job.id, { state: 'completed', attempts, result });
      this.emit('completed', job.id, result);
    } catch (err) {
      if (attempts < this.maxAttempts) {
        await this.store.update(job.id, { state: 'delayed', attempts, lastError: String(err) });
        this.emit('retrying', job.id, err);
        await sleep(backoffDelay(attempts, this.backoff));
        await this.store.update(job.id, { state: 'waiting' });
      } else {
        await this.store.update(job.id, { state: 'failed', attempts, lastError: String(err) });
        this.emit('failed', job.id, err);
      }
    }
  }

  stop() {
    this.stopped = true;
  }
}

module.exports = { Queue };
