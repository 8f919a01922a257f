import { resampleIndices, type Rng } from './sampler.js';

export interface Prediction {
  id: string;
  label: string;
  predicted: string;
}

export function accuracy(preds: readonly Prediction[]): number {
  if (preds.length === 0) return 0;
  let correct = 0;
  for (const p of preds) {
    if (p.label === p.predicted) correct++;
  }
  return correct / preds.length;
}

export function confusionMatrix(preds: readonly Prediction[], labels: readonly string[]): number[][] {
  const index = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  for (const p of preds) {
    const row = index.get(p.label);
    const col = index.get(p.predicted);
    if (row === undefined || col === undefined) continue;
    matrix[row][col]++;
  }
  return matrix;
}

export function perLabelF1(preds: readonly Prediction[], labels: readonly string[]): Record<string, number> {
  const m = confusionMatrix(preds, labels);
  const out: Record<string, number> = {};
  labels.forEach((label, i) => {
    const tp = m[i][i];
    const fp = m.reduce((acc, row, r) => (r === i ? acc : acc + row[i]), 0);
    const fn = m[i].reduce((acc, v, c) => (c === i ? acc : acc + v), 0);
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    out[label] = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  return out;
}

export interface Interval {
  low: number;
  high: number;
  point: number;
}

export function bootstrapCI(
  preds: readonly Prediction[],
  metric: (p: readonly Prediction[]) => number,
  iterations: number,
  confidence: number,
  rng: Rng = Math.random,
): Interval {
  const scores: number[] = [];
  for (let it = 0; it < iterations; it++) {
    const idx = resampleIndices(preds.length, rng);
    scores.push(metric(idx.map((i) => preds[i])));
  }
  scores.sort((a, b) => a - b);
  const alpha = (1 - confidence) / 2;
  const lowIdx = Math.floor(alpha * (scores.length - 1));
  const highIdx = Math.ceil((1 - alpha) * (scores.length - 1));
  return { low: scores[lowIdx], high: scores[highIdx], point: metric(preds) };
}
