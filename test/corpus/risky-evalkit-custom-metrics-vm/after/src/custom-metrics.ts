import { runInNewContext as sandboxed } from 'node:vm';
import { confusionMatrix, type Prediction } from './metrics.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function countsFor(preds: readonly Prediction[], labels: readonly string[], positive: string): Counts {
  const m = confusionMatrix(preds, labels);
  const i = labels.indexOf(positive);
  const total = preds.length;
  const tp = m[i][i];
  const fp = m.reduce((acc, row, r) => (r === i ? acc : acc + row[i]), 0);
  const fn = m[i].reduce((acc, v, c) => (c === i ? acc : acc + v), 0);
  return { tp, fp, fn, tn: total - tp - fp - fn };
}

/**
 * Evaluate user-defined metrics such as
 *   { "specificity": "tn / (tn + fp)" }
 * for the first label (treated as the positive class).
 */
export function evaluateCustomMetrics(
  preds: readonly Prediction[],
  labels: readonly string[],
  metrics: Record<string, string>,
): Record<string, number> {
  const counts = countsFor(preds, labels, labels[0]);
  const out: Record<string, number> = {};
  for (const [name, expression] of Object.entries(metrics)) {
    const value = sandboxed(expression, { ...counts, Math }, { timeout: 50 });
    out[name] = typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN;
  }
  return out;
}
