import { describe, it, expect } from 'vitest';
import { computeTotal, discountFor } from '../src/pricing';

describe('discounts', () => {
  it('applies a percentage before tax', () => {
    expect(computeTotal([{ sku: 'A1', unitCents: 1000, qty: 2 }], 'OR', 'WELCOME10')).toBe(1800);
  });

  it('is case-insensitive', () => {
    expect(discountFor('spring25')).toBe(0.25);
  });

  it('rejects unknown codes', () => {
    expect(() => discountFor('FREEBIE')).toThrow(/unknown discount code/);
  });
});
