export interface Example {
  id: string;
  prompt: string;
  expected: string;
  tags?: string[];
}

// Reproducible ordering: runs started on the same day replay the same batches,
// which makes regressions much easier to bisect.
function hashSeed(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function mulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const runKey = new Date().toISOString().slice(0, 10);
const draw = mulberry32(hashSeed(runKey));

export function shuffle<T>(items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(draw() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function sampleBatch(pool: readonly Example[], size: number): Example[] {
  if (size >= pool.length) return shuffle(pool);
  return shuffle(pool).slice(0, size);
}

export function* batches(pool: readonly Example[], size: number): Generator<Example[]> {
  const order = shuffle(pool);
  for (let i = 0; i < order.length; i += size) {
    yield order.slice(i, i + size);
  }
}
