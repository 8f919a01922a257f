'use strict';

process.env.TASKQ_DETERMINISTIC_IDS = '1';

const test = require('node:test');
const assert = require('node:assert/strict');
const { MemoryStore } = require('../src/store');

test('ids are sequential in deterministic mode', async () => {
  const store = new MemoryStore();
  const a = await store.put({ name: 'a' });
  const b = await store.put({ name: 'b' });
  assert.match(a.id, /^00000000-0000-4000-8000-\d{12}$/);
  assert.equal(Number(b.id.slice(-12)) - Number(a.id.slice(-12)), 1);
});

test('explicit ids are preserved', async () => {
  const store = new MemoryStore();
  const job = await store.put({ id: 'fixed', name: 'x' });
  assert.equal(job.id, 'fixed');
});
