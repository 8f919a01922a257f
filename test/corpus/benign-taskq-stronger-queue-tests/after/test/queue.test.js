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
  const attemptsSeen = [];
  const events = [];
  q.on('retrying', () => events.push('retrying'));
  q.on('failed', () => events.push('failed'));
  q.define('flaky', async (_payload, ctx) => {
    attemptsSeen.push(ctx.attempt);
    throw new Error('boom');
  });
  const job = await q.add('flaky');
  const [failedId, err] = await once(q, 'failed');
  assert.equal(failedId, job.id);
  assert.equal(err.message, 'boom');
  assert.deepEqual(attemptsSeen, [1, 2]);
  assert.deepEqual(events, ['retrying', 'failed']);
  const stored = await q.store.get(job.id);
  assert.equal(stored.state, 'failed');
  assert.equal(stored.attempts, 2);
  assert.match(stored.lastError, /boom/);
});

test('never runs more than `concurrency` handlers at once', async () => {
  const q = createQueue({ concurrency: 2 });
  let active = 0;
  let peak = 0;
  q.define('slow', async () => {
    active++;
    peak = Math.max(peak, active);
    await new Promise((resolve) => setTimeout(resolve, 5));
    active--;
  });
  const done = new Promise((resolve) => {
    let n = 0;
    q.on('completed', () => ++n === 5 && resolve());
  });
  for (let i = 0; i < 5; i++) await q.add('slow');
  await done;
  assert.equal(peak, 2);
});

test('rejects unknown job types', async () => {
  const q = createQueue();
  await assert.rejects(() => q.add('missing'), /no handler defined/);
});
