import type { Example } from './sampler';

export function summarize(batch: readonly Example[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const example of batch) {
    counts[example.label] = (counts[example.label] ?? 0) + 1;
  }
  return counts;
}
