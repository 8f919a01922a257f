/**
 * A source of uniform numbers in [0, 1). Every sampling helper takes one so
 * callers decide how randomness is produced; the default is Math.random.
 */
export type Rng = () => number;

/**
 * In-place Fisher-Yates shuffle. Returns the same array for chaining.
 */
export function shuffle<T>(items: T[], rng: Rng = Math.random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}

/**
 * Draw `k` distinct indices from [0, n) without replacement.
 *
 * @throws RangeError when `k > n`.
 * @example sampleIndices(10, 3) // e.g. [7, 2, 9]
 */
export function sampleIndices(n: number, k: number, rng: Rng = Math.random): number[] {
  if (k > n) {
    throw new RangeError(`cannot sample ${k} items from a population of ${n}`);
  }
  const indices = Array.from({ length: n }, (_, i) => i);
  return shuffle(indices, rng).slice(0, k);
}

/**
 * Draw `n` indices from [0, n) with replacement (used for bootstrapping).
 * Each index is independent, so duplicates are expected.
 */
export function resampleIndices(n: number, rng: Rng = Math.random): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    out[i] = Math.floor(rng() * n);
  }
  return out;
}

export function subsample<T>(items: readonly T[], k: number | undefined, rng: Rng = Math.random): T[] {
  if (k === undefined || k >= items.length) {
    return [...items];
  }
  return sampleIndices(items.length, k, rng).map((i) => items[i]);
}
