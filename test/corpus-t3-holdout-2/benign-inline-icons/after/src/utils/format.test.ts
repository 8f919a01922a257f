import { formatBytes, formatValue } from './format';

describe('formatValue', () => {
  it('formats percentages', () => {
    expect(formatValue(0.1234, '%')).toBe('12.3%');
  });

  it('switches to seconds above 1000 ms', () => {
    expect(formatValue(999, 'ms')).toBe('999 ms');
    expect(formatValue(1500, 'ms')).toBe('1.50 s');
  });
});

describe('formatBytes', () => {
  it('uses binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
  });
});
