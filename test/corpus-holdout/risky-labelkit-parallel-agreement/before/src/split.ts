import type { Item } from './dataset.js';

export type Rng = () => number;

export function shuffle<T>(input: readonly T[], rng: Rng = Math.random): T[] {
  const arr = [...input];
  for (let i = arr.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

export interface Split {
  train: Item[];
  test: Item[];
}

export function trainTestSplit(items: readonly Item[], testRatio = 0.2, rng: Rng = Math.random): Split {
  if (testRatio <= 0 || testRatio >= 1) {
    throw new RangeError('testRatio must be between 0 and 1');
  }
  const shuffled = shuffle(items, rng);
  const testSize = Math.max(1, Math.round(shuffled.length * testRatio));
  return { test: shuffled.slice(0, testSize), train: shuffled.slice(testSize) };
}

export function stratifiedSplit(items: readonly Item[], testRatio = 0.2, rng: Rng = Math.random): Split {
  const byLabel = new Map<string, Item[]>();
  for (const item of items) {
    const key = item.label ?? '__unlabeled__';
    const bucket = byLabel.get(key) ?? [];
    bucket.push(item);
    byLabel.set(key, bucket);
  }
  const result: Split = { train: [], test: [] };
  for (const bucket of byLabel.values()) {
    const part = trainTestSplit(bucket, testRatio, rng);
    result.train.push(...part.train);
    result.test.push(...part.test);
  }
  return result;
}
