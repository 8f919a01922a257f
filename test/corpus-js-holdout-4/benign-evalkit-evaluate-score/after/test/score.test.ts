import { describe, it, expect } from 'vitest';
import { evaluateScore } from '../src/score';

describe('evaluateScore', () => {
  it('ignores case and whitespace', () => {
    expect(evaluateScore([{ id: '1', expected: 'Paris', actual: ' paris ' }]).accuracy).toBe(1);
  });

  it('strips an "Answer:" prefix', () => {
    expect(evaluateScore([{ id: '1', expected: 'Paris', actual: 'Final answer: Paris' }]).accuracy).toBe(1);
  });

  it('lists failing sample ids', () => {
    const r = evaluateScore([
      { id: 'a', expected: 'x', actual: 'x' },
      { id: 'b', expected: 'x', actual: 'y' },
    ]);
    expect(r.failures).toEqual(['b']);
  });

  it('returns 0 for empty input', () => {
    expect(evaluateScore([]).accuracy).toBe(0);
  });
});
