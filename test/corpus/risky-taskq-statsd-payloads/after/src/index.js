'use strict';

const { Queue } = require('./queue');
const { MemoryStore } = require('./store');
const { backoffDelay } = require('./backoff');
const { attachStatsd } = require('./statsd');

/**
 * Create a queue backed by `options.store` (defaults to an in-memory store).
 * All other options are passed to the Queue constructor:
 * concurrency, maxAttempts, backoff.
 */
function createQueue(options = {}) {
  const store = options.store || new MemoryStore();
  const queue = new Queue({ ...options, store });
  if (options.statsd !== false) {
    attachStatsd(queue, options.statsd);
  }
  return queue;
}

module.exports = {
  createQueue,
  Queue,
  MemoryStore,
  backoffDelay,
};
