import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import type { Rng } from './sampler.js';

/**
 * mulberry32: tiny, fast 32-bit PRNG. Good enough for sampling and
 * bootstrapping; not suitable for anything security related.
 */
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

/**
 * Stable per-machine default so that a worker re-running the same job
 * produces the same sample without extra configuration.
 */
export function defaultSeed(): number {
  return createHash('sha256').update(hostname()).digest().readUInt32LE(0);
}
