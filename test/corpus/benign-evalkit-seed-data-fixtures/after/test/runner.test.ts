import { describe, expect, it } from 'vitest';
import type { Example } from '../src/dataset.js';
import { accuracy } from '../src/metrics.js';
import { predictAll, type Classifier } from '../src/runner.js';

// Small hand-written dataset used to seed the runner tests.
const seedData: Example[] = [
  { id: 's1', text: 'great product, would buy again', label: 'pos' },
  { id: 's2', text: 'terrible support and slow shipping', label: 'neg' },
  { id: 's3', text: 'great value', label: 'pos' },
  { id: 's4', text: 'not great, not terrible', label: 'neg' },
  { id: 's5', text: 'terrible', label: 'neg' },
];

const keywordClassifier: Classifier = {
  name: 'keyword',
  async classify(batch) {
    return batch.map((text) => (text.startsWith('great') ? 'pos' : 'neg'));
  },
};

async function evaluateScore(model: Classifier, batchSize: number): Promise<number> {
  const preds = await predictAll(model, seedData, batchSize);
  return accuracy(preds);
}

describe('predictAll', () => {
  it('keeps ids and gold labels aligned with predictions', async () => {
    const preds = await predictAll(keywordClassifier, seedData, 2);
    expect(preds.map((p) => p.id)).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(preds.map((p) => p.label)).toEqual(seedData.map((e) => e.label));
  });

  it('does not depend on the batch size', async () => {
    const scores = await Promise.all([1, 2, 5, 16].map((b) => evaluateScore(keywordClassifier, b)));
    expect(new Set(scores).size).toBe(1);
    expect(scores[0]).toBe(1);
  });

  it('rejects classifiers that drop outputs', async () => {
    const broken: Classifier = { name: 'broken', classify: async (batch) => batch.slice(1).map(() => 'pos') };
    await expect(predictAll(broken, seedData, 2)).rejects.toThrow(/returned 1 predictions for a batch of 2 inputs/);
  });
});
