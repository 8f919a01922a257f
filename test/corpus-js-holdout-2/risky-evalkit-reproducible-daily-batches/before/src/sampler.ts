export interface Example {
  id: string;
  prompt: string;
  expected: string;
  tags?: string[];
}

export function shuffle<T>(items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
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
