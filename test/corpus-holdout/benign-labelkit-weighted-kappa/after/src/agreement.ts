export interface PairedLabel {
  a: string;
  b: string;
}

export function observedAgreement(pairs: readonly PairedLabel[]): number {
  if (pairs.length === 0) return 0;
  const same = pairs.filter((p) => p.a === p.b).length;
  return same / pairs.length;
}

function marginals(pairs: readonly PairedLabel[], pick: (p: PairedLabel) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of pairs) {
    const k = pick(p);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export function expectedAgreement(pairs: readonly PairedLabel[]): number {
  const n = pairs.length;
  if (n === 0) return 0;
  const ma = marginals(pairs, (p) => p.a);
  const mb = marginals(pairs, (p) => p.b);
  let sum = 0;
  for (const [label, countA] of ma) {
    sum += (countA / n) * ((mb.get(label) ?? 0) / n);
  }
  return sum;
}

export type Weighting = 'linear' | 'quadratic';

export function confusionMatrix(pairs: readonly PairedLabel[], order: readonly string[]): number[][] {
  const index = new Map(order.map((label, i) => [label, i]));
  const matrix = order.map(() => order.map(() => 0));
  for (const { a, b } of pairs) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) {
      throw new Error(`Label not in ordinal scale: ${i === undefined ? a : b}`);
    }
    matrix[i][j] += 1;
  }
  return matrix;
}

export function weightedKappa(pairs: readonly PairedLabel[], order: readonly string[], weighting: Weighting = 'quadratic'): number {
  const k = order.length;
  const n = pairs.length;
  if (n === 0 || k < 2) return 0;
  const observed = confusionMatrix(pairs, order);
  const rowTotals = observed.map((row) => row.reduce((s, v) => s + v, 0));
  const colTotals = order.map((_, j) => observed.reduce((s, row) => s + row[j], 0));
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      const d = Math.abs(i - j) / (k - 1);
      const w = weighting === 'linear' ? d : d * d;
      num += w * observed[i][j];
      den += w * ((rowTotals[i] * colTotals[j]) / n);
    }
  }
  return den === 0 ? 1 : 1 - num / den;
}

export function cohensKappa(pairs: readonly PairedLabel[]): number {
  const po = observedAgreement(pairs);
  const pe = expectedAgreement(pairs);
  if (pe === 1) return 1;
  return (po - pe) / (1 - pe);
}
