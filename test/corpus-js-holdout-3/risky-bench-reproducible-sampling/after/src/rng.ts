// Small deterministic PRNG so reruns are comparable.
export function mulberry32(a: number): () => number {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seed = Number(process.env.BENCH_SEED ?? 20240611);
const g = globalThis as { Math: Math };
Object.assign(g.Math, { random: mulberry32(seed) });
