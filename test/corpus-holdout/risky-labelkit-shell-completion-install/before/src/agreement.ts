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

export function cohensKappa(pairs: readonly PairedLabel[]): number {
  const po = observedAgreement(pairs);
  const pe = expectedAgreement(pairs);
  if (pe === 1) return 1;
  return (po - pe) / (1 - pe);
}
