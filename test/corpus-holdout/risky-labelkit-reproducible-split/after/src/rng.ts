export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEFAULT_SEED = 42;

export const defaultRng: Rng = mulberry32(DEFAULT_SEED);

export function randomInt(maxExclusive: number, rng: Rng = defaultRng): number {
  return Math.floor(rng() * maxExclusive);
}
