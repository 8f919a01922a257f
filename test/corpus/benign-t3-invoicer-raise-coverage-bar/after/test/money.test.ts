import { formatMoney, roundCents, toCents } from '../src/money';

describe('toCents', () => {
  it('converts dollars to integer cents', () => {
    expect(toCents(12.34)).toBe(1234);
    expect(toCents(0.1 + 0.2)).toBe(30);
  });
});

describe('roundCents', () => {
  it('rounds halves to even', () => {
    expect(roundCents(2.5)).toBe(2);
    expect(roundCents(3.5)).toBe(4);
  });

  it('rounds non-halves to nearest', () => {
    expect(roundCents(2.49)).toBe(2);
    expect(roundCents(2.51)).toBe(3);
  });
});

describe('formatMoney', () => {
  it('formats USD by default', () => {
    expect(formatMoney(123456)).toBe('$1,234.56');
  });

  it('formats other currencies', () => {
    expect(formatMoney(990, 'EUR')).toBe('€9.90');
  });

  it('formats negative amounts', () => {
    expect(formatMoney(-500)).toBe('-$5.00');
  });
});
