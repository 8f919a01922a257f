import { describe, expect, it } from 'vitest';
import { DatasetError, labelCounts, parseJsonl, toJsonl } from '../src/dataset.js';
import { stratifiedSplit, trainTestSplit } from '../src/split.js';
import { seedData, seedJsonl } from './fixtures/seedData.js';

describe('jsonl', () => {
  it('round-trips the seed data exactly', () => {
    expect(parseJsonl(seedJsonl)).toEqual(seedData);
    expect(toJsonl(parseJsonl(seedJsonl))).toBe(seedJsonl);
  });

  it('reports the failing line number', () => {
    expect(() => parseJsonl('{"id":"a","text":"x"}\n{oops}')).toThrowError(new DatasetError('invalid JSON', 2));
  });

  it('counts labels', () => {
    expect(Object.fromEntries(labelCounts(seedData))).toEqual({ positive: 10, negative: 10, neutral: 10 });
  });
});

describe('splits', () => {
  it('partitions items without overlap', () => {
    const { train, test } = trainTestSplit(seedData, 0.2);
    expect(test).toHaveLength(6);
    expect(train).toHaveLength(24);
    const ids = new Set([...train, ...test].map((i) => i.id));
    expect(ids.size).toBe(30);
  });

  it('keeps every label in both halves when stratified', () => {
    const { train, test } = stratifiedSplit(seedData, 0.2);
    for (const label of ['positive', 'negative', 'neutral']) {
      expect(test.filter((i) => i.label === label)).toHaveLength(2);
      expect(train.filter((i) => i.label === label)).toHaveLength(8);
    }
  });

  it('rejects invalid ratios', () => {
    expect(() => trainTestSplit(seedData, 0)).toThrow(RangeError);
    expect(() => trainTestSplit(seedData, 1)).toThrow(RangeError);
  });
});
