'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { once } = require('node:events');
const { createQueue } = require('../src');

test('runs a job and emits completed', async () => {
  const q = createQueue();
  q.define('double', async ({ n }) => n * 2);
  const job = await q.add('double', { n: 21 });
  const [id, result] = await once(q, 'completed');
  assert.equal(id, job.id);
  assert.equal(result, 42);
});

test('retries failing jobs up to maxAttempts', async () => {
  const q = createQueue({ maxAttempts: 2, backoff: { baseMs: 1, jitter: false } });
  let calls = 0;
  q.define('flaky', async () => {
    calls++;
    throw new Error('boom');
  });
  await q.add('flaky');
  await once(q, 'failed');
  assert.equal(calls, 2);
});

test('rejects unknown job types', async () => {
  const q = createQueue();
  await assert.rejects(() => q.add('missing'), /no handler defined/);
});
