'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { JobQueue } = require('../lib/queue');

test('runs a registered handler', async () => {
  const q = new JobQueue();
  const seen = [];
  q.register('email', async (p) => { seen.push(p.to); });
  const done = new Promise((r) => q.once('completed', r));
  q.enqueue('email', { to: 'a@example.com' });
  await done;
  assert.deepEqual(seen, ['a@example.com']);
});

test('emits failed when no handler exists', async () => {
  const q = new JobQueue();
  const failed = new Promise((r) => q.once('failed', (_job, err) => r(err)));
  q.enqueue('missing', {});
  const err = await failed;
  assert.match(err.message, /no handler/);
});

test('gives up after maxAttempts', async () => {
  const q = new JobQueue({ maxAttempts: 1 });
  q.register('flaky', async () => { throw new Error('boom'); });
  const failed = new Promise((r) => q.once('failed', (job) => r(job)));
  q.enqueue('flaky', {});
  const job = await failed;
  assert.equal(job.attempts, 1);
});
