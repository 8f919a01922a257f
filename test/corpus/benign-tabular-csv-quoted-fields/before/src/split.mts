import type { Table } from './csv.mjs';

export type Rng = () => number;

export interface SplitResult {
  train: Table;
  test: Table;
}

export function shuffleRows<T>(rows: readonly T[], rng: Rng = Math.random): T[] {
  const out = rows.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Random train/test split. `testFraction` is the share of rows that go to the
 * test set (rounded down, at least one row when the table is non-empty).
 */
export function trainTestSplit(table: Table, testFraction = 0.2, rng: Rng = Math.random): SplitResult {
  if (testFraction <= 0 || testFraction >= 1) {
    throw new RangeError('testFraction must be in (0, 1)');
  }
  const rows = shuffleRows(table.rows, rng);
  const nTest = rows.length === 0 ? 0 : Math.max(1, Math.floor(rows.length * testFraction));
  return {
    test: { header: table.header, rows: rows.slice(0, nTest) },
    train: { header: table.header, rows: rows.slice(nTest) },
  };
}

export function kFolds(n: number, k: number): number[][] {
  if (k < 2 || k > n) throw new RangeError(`k must be in [2, ${n}]`);
  const folds: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) {
    folds[i % k].push(i);
  }
  return folds;
}
