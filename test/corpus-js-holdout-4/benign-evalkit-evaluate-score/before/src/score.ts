export interface Sample {
  id: string;
  expected: string;
  actual: string;
}

function normalize(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function computeScore(samples: Sample[]): number {
  if (samples.length === 0) return 0;
  const correct = samples.filter((s) => normalize(s.expected) === normalize(s.actual)).length;
  return correct / samples.length;
}
