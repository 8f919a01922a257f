import test from 'node:test';
import assert from 'node:assert/strict';
import { applyZScore, fitZScore, normalizeColumns } from '../src/normalize.mjs';

test('fitZScore computes population mean and std', () => {
  assert.deepEqual(fitZScore([2, 4, 4, 4, 5, 5, 7, 9]), { mean: 5, std: 2 });
});

test('applyZScore maps constant columns to zero', () => {
  assert.deepEqual(applyZScore([3, 3], { mean: 3, std: 0 }), [0, 0]);
});

test('normalizeColumns supports zscore', () => {
  const table = { header: ['x'], rows: [['1'], ['3']] };
  const { table: out } = normalizeColumns(table, ['x'], 'zscore');
  assert.deepEqual(out.rows, [['-1.000000'], ['1.000000']]);
});
