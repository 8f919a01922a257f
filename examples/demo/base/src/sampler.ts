export interface Example {
  id: string;
  text: string;
  label: string;
}

/** Fisher-Yates shuffle driven by the platform's random source. */
export function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function drawBatch(examples: readonly Example[], size: number): Example[] {
  return shuffle(examples).slice(0, size);
}
