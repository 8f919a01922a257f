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
