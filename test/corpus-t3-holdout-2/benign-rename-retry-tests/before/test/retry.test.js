'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { backoff, CAP_MS } = require('../lib/retry');

test('backoff doubles each attempt', () => {
  assert.equal(backoff(1), 200);
  assert.equal(backoff(2), 400);
  assert.equal(backoff(3), 800);
});

test('backoff is capped', () => {
  assert.equal(backoff(40), CAP_MS);
});
