import { describe, expect, it } from 'vitest';
import { relativeTime } from './time';

const NOW = new Date('2024-05-10T12:00:00Z');

describe('relativeTime', () => {
  it('formats recent past times', () => {
    expect(relativeTime('2024-05-10T11:00:00Z', NOW)).toBe('1 hour ago');
    expect(relativeTime('2024-05-10T11:59:30Z', NOW)).toBe('30 seconds ago');
  });

  it('uses words for yesterday', () => {
    expect(relativeTime('2024-05-09T12:00:00Z', NOW)).toBe('yesterday');
  });

  it('returns an empty string for invalid dates', () => {
    expect(relativeTime('not a date', NOW)).toBe('');
  });
});
