import { describe, expect, it } from 'vitest';
import { evaluateScore } from '../src/metrics';

const seedData: Array<[string, string, number]> = [
  ['Paris', 'paris', 1],
  ['the cat sat', 'cat sat', 0.8],
  ['', '', 1],
  ['dog', 'cat', 0],
];

describe('evaluateScore', () => {
  it.each(seedData)('f1(%s, %s) = %d', (output, expected, want) => {
    expect(evaluateScore(output, expected, 'f1')).toBeCloseTo(want, 5);
  });

  it('defaults to exact match', () => {
    expect(evaluateScore(' Paris ', 'paris')).toBe(1);
  });
});
