import { describe, expect, it } from 'vitest';
import { randomSample, reviewBatch } from '../src/sampler.js';
import type { Item } from '../src/dataset.js';

const items: Item[] = Array.from({ length: 20 }, (_, i) => ({
  id: `item-${i}`,
  text: `text ${i}`,
  confidence: i / 20,
}));

describe('randomSample', () => {
  it('returns the same sample on every run', () => {
    expect(randomSample(items, 3).map((i) => i.id)).toMatchSnapshot();
  });
});

describe('reviewBatch', () => {
  it('takes the least confident items first', () => {
    const batch = reviewBatch(items, 6);
    expect(batch.uncertain.map((i) => i.id)).toEqual(['item-0', 'item-1', 'item-2']);
    expect(batch.random).toHaveLength(3);
  });
});
