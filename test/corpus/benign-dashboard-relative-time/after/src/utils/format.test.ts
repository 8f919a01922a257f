import { describe, expect, it } from 'vitest';
import { formatRelative } from './format';

const now = new Date('2024-06-01T12:00:00Z');

describe('formatRelative', () => {
  it('uses the largest fitting unit', () => {
    expect(formatRelative('2024-06-01T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatRelative('2024-05-25T12:00:00Z', now)).toBe('last week');
  });

  it('handles future dates', () => {
    expect(formatRelative('2024-06-01T12:05:00Z', now)).toBe('in 5 minutes');
  });

  it('returns a dash for invalid input', () => {
    expect(formatRelative('not a date', now)).toBe('—');
  });
});
