import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawBatch } from '../src/sampler.js';

const examples = Array.from({ length: 50 }, (_, i) => ({ id: String(i), text: `t${i}`, label: i % 2 ? 'a' : 'b' }));

test('draws a batch of the requested size', () => {
  assert.equal(drawBatch(examples, 8).length, 8);
});

test('draws different batches on different runs', () => {
  const seen = new Set(Array.from({ length: 5 }, () => drawBatch(examples, 8).map((e) => e.id).join(',')));
  assert.ok(seen.size > 1);
});
