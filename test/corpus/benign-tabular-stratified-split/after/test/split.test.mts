import test from 'node:test';
import assert from 'node:assert/strict';
import { kFolds, stratifiedSplit, trainTestSplit } from '../src/split.mjs';

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

test('stratifiedSplit preserves label proportions', () => {
  const { train, test: held } = stratifiedSplit(table, 'y', 0.2);
  const count = (rows: string[][], label: string) => rows.filter((r) => r[1] === label).length;
  assert.equal(count(held.rows, '0'), 1);
  assert.equal(count(held.rows, '1'), 1);
  assert.equal(train.rows.length, 8);
});

test('kFolds assigns round-robin', () => {
  assert.deepEqual(kFolds(5, 2), [[0, 2, 4], [1, 3]]);
});
