export type RandomFn = () => number;

/** Default source of randomness used across envs, agents and buffers. */
export const defaultRandom: RandomFn = () => Math.random();

export function randInt(rand: RandomFn, maxExclusive: number): number {
  return Math.floor(rand() * maxExclusive);
}

export function choice<T>(rand: RandomFn, items: readonly T[]): T {
  if (items.length === 0) throw new Error('choice() called with an empty list');
  return items[randInt(rand, items.length)];
}

export function shuffle<T>(rand: RandomFn, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randInt(rand, i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

export function bernoulli(rand: RandomFn, p: number): boolean {
  return rand() < p;
}
