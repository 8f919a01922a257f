import test from 'node:test';
import assert from 'node:assert/strict';
import { kFolds, trainTestSplit } from '../src/split.mjs';

const table = {
  header: ['x', 'y'],
  rows: Array.from({ length: 10 }, (_, i) => [String(i), String(i % 2)]),
};

test('trainTestSplit keeps every row exactly once', () => {
  const { train, test: held } = trainTestSplit(table, 0.3);
  assert.equal(train.rows.length + held.rows.length, 10);
  assert.equal(held.rows.length, 3);
  const seen = new Set([...train.rows, ...held.rows].map((r) => r[0]));
  assert.equal(seen.size, 10);
});

test('trainTestSplit rejects bad fractions', () => {
  assert.throws(() => trainTestSplit(table, 1), RangeError);
});

test('kFolds assigns round-robin', () => {
  assert.deepEqual(kFolds(5, 2), [[0, 2, 4], [1, 3]]);
});
