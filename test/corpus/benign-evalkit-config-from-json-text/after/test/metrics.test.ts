import { describe, expect, it } from 'vitest';
import { accuracy, confusionMatrix, perLabelF1, type Prediction } from '../src/metrics.js';

const preds: Prediction[] = [
  { id: 'a', label: 'pos', predicted: 'pos' },
  { id: 'b', label: 'pos', predicted: 'neg' },
  { id: 'c', label: 'neg', predicted: 'neg' },
  { id: 'd', label: 'neg', predicted: 'neg' },
];

describe('accuracy', () => {
  it('counts exact matches', () => {
    expect(accuracy(preds)).toBe(0.75);
  });

  it('returns 0 for an empty list', () => {
    expect(accuracy([])).toBe(0);
  });
});

describe('confusionMatrix', () => {
  it('puts gold labels on rows', () => {
    expect(confusionMatrix(preds, ['pos', 'neg'])).toEqual([
      [1, 1],
      [0, 2],
    ]);
  });
});

describe('perLabelF1', () => {
  it('computes per-label F1', () => {
    const f1 = perLabelF1(preds, ['pos', 'neg']);
    expect(f1.pos).toBeCloseTo(2 / 3, 5);
    expect(f1.neg).toBeCloseTo(0.8, 5);
  });
});
