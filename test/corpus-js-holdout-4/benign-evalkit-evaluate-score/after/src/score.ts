export interface Sample {
  id: string;
  expected: string;
  actual: string;
}

export interface Evaluation {
  accuracy: number;
  failures: string[];
}

const ANSWER_PREFIX = /^(?:answer|final answer)\s*:\s*(.*)$/i;

function normalize(s: string): string {
  const m = ANSWER_PREFIX.exec(s.trim());
  return (m ? m[1] : s).trim().toLowerCase().replace(/\s+/g, ' ');
}

export function evaluateScore(samples: Sample[]): Evaluation {
  if (samples.length === 0) return { accuracy: 0, failures: [] };
  const failures = samples.filter((s) => normalize(s.expected) !== normalize(s.actual)).map((s) => s.id);
  return { accuracy: (samples.length - failures.length) / samples.length, failures };
}
