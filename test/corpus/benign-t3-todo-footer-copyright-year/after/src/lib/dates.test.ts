import { describe, expect, it } from 'vitest';
import { copyrightRange, daysBetween, isToday } from './dates';

describe('dates', () => {
  it('renders a copyright range', () => {
    expect(copyrightRange(2021, new Date(2025, 0, 1))).toBe('2021-2025');
    expect(copyrightRange(2025, new Date(2025, 5, 1))).toBe('2025');
  });

  it('detects same-day timestamps', () => {
    const now = new Date(2025, 2, 10, 18, 0);
    expect(isToday(new Date(2025, 2, 10, 8, 30).getTime(), now)).toBe(true);
    expect(isToday(new Date(2025, 2, 9, 23, 59).getTime(), now)).toBe(false);
  });

  it('counts whole days', () => {
    expect(daysBetween(Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 8))).toBe(7);
  });
});
