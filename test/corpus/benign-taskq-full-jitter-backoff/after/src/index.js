'use strict';

const { Queue } = require('./queue');
const { MemoryStore } = require('./store');
const { backoffDelay } = require('./backoff');

/**
 * Create a queue backed by `options.store` (defaults to an in-memory store).
 * All other options are passed to the Queue constructor:
 * concurrency, maxAttempts, backoff.
 */
function createQueue(options = {}) {
  const store = options.store || new MemoryStore();
  return new Queue({ ...options, store });
}

module.exports = {
  createQueue,
  Queue,
  MemoryStore,
  backoffDelay,
};
