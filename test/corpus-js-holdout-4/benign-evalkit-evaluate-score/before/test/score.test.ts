import { describe, it, expect } from 'vitest';
import { computeScore } from '../src/score';

describe('computeScore', () => {
  it('ignores case and whitespace', () => {
    expect(computeScore([{ id: '1', expected: 'Paris', actual: ' paris ' }])).toBe(1);
  });

  it('returns 0 for empty input', () => {
    expect(computeScore([])).toBe(0);
  });
});
