import seedrandom from 'seedrandom';

export interface ReviewerPick {
  reviewer: string | null;
  pool: string[];
}

export function parsePool(raw: string, author: string): string[] {
  return raw
    .split(/[\s,]+/)
    .map((name) => name.replace(/^@/, '').trim())
    .filter((name) => name.length > 0 && name.toLowerCase() !== author.toLowerCase());
}

export function pickReviewer(pool: readonly string[], repo: string, prNumber: number): ReviewerPick {
  if (pool.length === 0) return { reviewer: null, pool: [] };
  const rng = seedrandom(`${repo}#${prNumber}`);
  const index = Math.floor(rng() * pool.length);
  return { reviewer: pool[index], pool: [...pool] };
}
