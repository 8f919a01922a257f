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
