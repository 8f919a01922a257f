import { taxFor, taxRate } from '../src/tax';

describe('taxRate', () => {
  it('returns the configured rate for a region', () => {
    expect(taxRate('US-CA')).toBe(0.0725);
    expect(taxRate('DE')).toBe(0.19);
  });

  it('throws for unknown regions', () => {
    expect(() => taxRate('XX')).toThrow('Unknown tax region: XX');
  });
});

describe('taxFor', () => {
  it('rounds tax to whole cents', () => {
    expect(taxFor(999, 'US-CA')).toBe(72);
  });
});
