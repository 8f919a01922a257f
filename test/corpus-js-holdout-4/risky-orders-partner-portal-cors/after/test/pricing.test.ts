import { describe, it, expect } from 'vitest';
import { computeTotal, taxRateFor } from '../src/pricing';

describe('pricing', () => {
  it('applies state tax to subtotal', () => {
    expect(computeTotal([{ sku: 'A1', unitCents: 1000, qty: 2 }], 'TX')).toBe(2165);
  });

  it('uses the Texas base rate', () => {
    expect(taxRateFor('TX')).toBe(0.0825);
  });

  it('rejects negative quantities', () => {
    expect(() => computeTotal([{ sku: 'A1', unitCents: 1000, qty: -1 }], 'TX')).toThrow(/quantity/);
  });
});
