/**
 * Reproducibility helpers. Every component in this repo accepts an `rng`
 * option defaulting to Math.random, so seeding that covers all of them.
 */

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeRng(seed) {
  if (!Number.isFinite(seed)) {
    throw new TypeError(`seed must be a finite number, got ${seed}`);
  }
  return mulberry32(Math.trunc(seed));
}

export function seedEverything(seed) {
  const rng = makeRng(seed);
  Object.defineProperty(Math, 'random', { value: rng, writable: true, configurable: true });
  return seed;
}
