import test from 'node:test';
import assert from 'node:assert/strict';
import { epsilonSchedule } from '../src/schedule.js';

test('linear schedule hits both ends', () => {
  const eps = epsilonSchedule({ start: 1, end: 0.1, episodes: 10 });
  assert.equal(eps(0), 1);
  assert.ok(Math.abs(eps(10) - 0.1) < 1e-12);
  assert.ok(Math.abs(eps(5) - 0.55) < 1e-12);
});

test('exponential schedule is monotone and clamps', () => {
  const eps = epsilonSchedule({ start: 1, end: 0.01, episodes: 100, kind: 'exponential' });
  assert.ok(eps(10) > eps(20));
  assert.equal(eps(1000), eps(100));
});

test('rejects bad arguments', () => {
  assert.throws(() => epsilonSchedule({ episodes: 0 }), RangeError);
  assert.throws(() => epsilonSchedule({ episodes: 5, kind: 'cosine' }), /unknown schedule/);
});
