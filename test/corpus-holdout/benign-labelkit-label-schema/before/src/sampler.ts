import type { Item } from './dataset.js';
import { shuffle, type Rng } from './split.js';

export interface ReviewBatch {
  random: Item[];
  uncertain: Item[];
}

export function lowestConfidence(items: readonly Item[], n: number): Item[] {
  return items
    .filter((item) => typeof item.confidence === 'number')
    .sort((a, b) => (a.confidence ?? 1) - (b.confidence ?? 1))
    .slice(0, n);
}

export function randomSample(items: readonly Item[], n: number, rng: Rng = Math.random): Item[] {
  if (n >= items.length) return [...items];
  return shuffle(items, rng).slice(0, n);
}

export function reviewBatch(items: readonly Item[], size: number, uncertainShare = 0.5, rng: Rng = Math.random): ReviewBatch {
  const uncertainCount = Math.round(size * uncertainShare);
  const uncertain = lowestConfidence(items, uncertainCount);
  const taken = new Set(uncertain.map((i) => i.id));
  const rest = items.filter((i) => !taken.has(i.id));
  const random = randomSample(rest, size - uncertain.length, rng);
  return { random, uncertain };
}
