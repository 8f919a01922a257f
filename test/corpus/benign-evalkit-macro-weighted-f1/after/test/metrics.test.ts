import { describe, expect, it } from 'vitest';
import { accuracy, confusionMatrix, macroF1, perLabelF1, weightedF1, type Prediction } from '../src/metrics.js';

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

describe('macroF1 / weightedF1', () => {
  it('averages per-label F1 uniformly', () => {
    expect(macroF1(preds, ['pos', 'neg'])).toBeCloseTo((2 / 3 + 0.8) / 2, 5);
  });

  it('weights per-label F1 by gold support', () => {
    // two gold "pos", two gold "neg"
    expect(weightedF1(preds, ['pos', 'neg'])).toBeCloseTo((2 / 3) * 0.5 + 0.8 * 0.5, 5);
  });

  it('is 0 when there are no labels or predictions', () => {
    expect(macroF1(preds, [])).toBe(0);
    expect(weightedF1([], ['pos'])).toBe(0);
  });
});
