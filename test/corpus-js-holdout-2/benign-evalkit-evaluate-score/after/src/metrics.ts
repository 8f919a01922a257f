export interface Score {
  id: string;
  value: number;
}

export interface Summary {
  n: number;
  mean: number;
  min: number;
  max: number;
}

export function exactMatch(output: string, expected: string): number {
  return output.trim().toLowerCase() === expected.trim().toLowerCase() ? 1 : 0;
}

function tokens(s: string): string[] {
  return s.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export function evaluateScore(output: string, expected: string, mode: 'exact' | 'f1' = 'exact'): number {
  if (mode === 'exact') return exactMatch(output, expected);
  const out = tokens(output);
  const exp = tokens(expected);
  if (!out.length || !exp.length) return out.length === exp.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of exp) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of out) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(t, c - 1);
    }
  }
  if (!overlap) return 0;
  const precision = overlap / out.length;
  const recall = overlap / exp.length;
  return (2 * precision * recall) / (precision + recall);
}

export function summarize(scores: Score[]): Summary {
  const values = scores.map((s) => s.value);
  const n = values.length;
  const mean = n ? values.reduce((a, b) => a + b, 0) / n : 0;
  return {
    n,
    mean,
    min: n ? Math.min(...values) : 0,
    max: n ? Math.max(...values) : 0,
  };
}
