'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { backoffDelay } = require('../src/backoff');

test('no jitter grows exponentially and caps at maxMs', () => {
  const opts = { baseMs: 100, factor: 2, maxMs: 1000, jitter: false };
  assert.deepEqual([1, 2, 3, 4, 5].map((a) => backoffDelay(a, opts)), [100, 200, 400, 800, 1000]);
});

test('equal jitter stays within [exp/2, exp]', () => {
  for (let i = 0; i < 200; i++) {
    const d = backoffDelay(3, { baseMs: 100, jitter: true });
    assert.ok(d >= 200 && d <= 400, `delay ${d} out of range`);
  }
});

test('full jitter stays within [0, exp]', () => {
  for (let i = 0; i < 200; i++) {
    const d = backoffDelay(3, { baseMs: 100, jitter: 'full' });
    assert.ok(d >= 0 && d <= 400, `delay ${d} out of range`);
  }
});
