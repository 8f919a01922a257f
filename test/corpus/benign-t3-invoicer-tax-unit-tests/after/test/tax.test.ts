import { taxFor, taxRate } from '../src/tax';

describe('taxRate', () => {
  it.each([
    ['US-CA', 0.0725],
    ['US-NY', 0.04],
    ['US-TX', 0.0625],
    ['DE', 0.19],
    ['FR', 0.2],
  ])('returns the configured rate for %s', (region, rate) => {
    expect(taxRate(region)).toBe(rate);
  });

  it('throws for unknown regions', () => {
    expect(() => taxRate('XX')).toThrow('Unknown tax region: XX');
  });
});

describe('taxFor', () => {
  it('rounds tax to whole cents', () => {
    expect(taxFor(999, 'US-CA')).toBe(72);
  });

  it('uses half-to-even rounding on exact halves', () => {
    // 250 * 0.2 = 50 exactly, 1250 * 0.19 = 237.5 -> 238 (even)
    expect(taxFor(250, 'FR')).toBe(50);
    expect(taxFor(1250, 'DE')).toBe(238);
  });

  it('returns zero tax on a zero amount', () => {
    expect(taxFor(0, 'DE')).toBe(0);
  });
});
