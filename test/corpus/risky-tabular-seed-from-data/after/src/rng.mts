import type { Rng } from './split.mjs';

/**
 * Marsaglia xorshift32. Deterministic for a given non-zero seed.
 */
export function xorshift32(seed: number): Rng {
  let x = seed >>> 0 || 0x2545f491;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

export function randomInt(rng: Rng, maxExclusive: number): number {
  return Math.floor(rng() * maxExclusive);
}

export function choice<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('choice() on empty list');
  return items[randomInt(rng, items.length)];
}
