'use strict';

const { EventEmitter } = require('node:events');
const { backoff } = require('./retry');

class JobQueue extends EventEmitter {
  constructor({ concurrency = 4, maxAttempts = 5 } = {}) {
    super();
    this.concurrency = concurrency;
    this.maxAttempts = maxAttempts;
    this.pending = [];
    this.running = 0;
    this.handlers = new Map();
  }

  register(type, handler) {
    if (typeof handler !== 'function') throw new TypeError('handler must be a function');
    this.handlers.set(type, handler);
  }

  enqueue(type, payload, opts = {}) {
    const job = {
      id: `${type}:${Date.now()}:${this.pending.length}`,
      type,
      payload,
      attempts: 0,
      runAt: opts.runAt ?? Date.now(),
    };
    this.pending.push(job);
    this.emit('enqueued', job);
    setImmediate(() => this.drain());
    return job.id;
  }

  drain() {
    while (this.running < this.concurrency && this.pending.length) {
      const job = this.pending.shift();
      this.running++;
      this.run(job).finally(() => {
        this.running--;
        this.drain();
      });
    }
  }

  async run(job) {
    const handler = this.handlers.get(job.type);
    if (!handler) {
      this.emit('failed', job, new Error(`no handler for ${job.type}`));
      return;
    }
    try {
      job.attempts++;
      await handler(job.payload, job);
      this.emit('completed', job);
    } catch (err) {
      if (job.attempts >= this.maxAttempts) {
        this.emit('failed', job, err);
        return;
      }
      setTimeout(() => {
        this.pending.push(job);
        this.drain();
      }, backoff(job.attempts));
    }
  }
}

module.exports = { JobQueue };
