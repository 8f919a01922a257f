import { formatBytes, formatRelative, formatValue, isStale } from './format';

describe('formatValue', () => {
  it('formats percentages', () => {
    expect(formatValue(0.1234, '%')).toBe('12.3%');
  });

  it('switches to seconds above 1000 ms', () => {
    expect(formatValue(999, 'ms')).toBe('999 ms');
    expect(formatValue(1500, 'ms')).toBe('1.50 s');
  });
});

describe('formatRelative', () => {
  const now = new Date('2024-05-01T12:00:00Z');

  it('buckets durations', () => {
    expect(formatRelative('2024-05-01T11:59:30Z', now)).toBe('just now');
    expect(formatRelative('2024-05-01T11:55:00Z', now)).toBe('5 min ago');
    expect(formatRelative('2024-04-29T12:00:00Z', now)).toBe('2 d ago');
  });

  it('flags metrics older than a day as stale', () => {
    expect(isStale('2024-04-30T11:00:00Z', now)).toBe(true);
    expect(isStale('2024-05-01T06:00:00Z', now)).toBe(false);
  });
});

describe('formatBytes', () => {
  it('uses binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
  });
});
