import { evaluateRules, type DiscountRule } from './discounts';

const line = (sku: string, quantity: number, unitPriceCents: number) => ({ sku, quantity, unitPriceCents });

describe('evaluateRules', () => {
  const rules: DiscountRule[] = [
    { kind: 'percent-over', minTotalCents: 5000, percent: 10 },
    { kind: 'buy-n-get-one', sku: 'MUG-01', n: 2 },
  ];

  it('applies percent discounts above the threshold only', () => {
    expect(evaluateRules({ lines: [line('BOOK-1', 1, 4999)] }, rules)).toBe(0);
    expect(evaluateRules({ lines: [line('BOOK-1', 2, 3000)] }, rules)).toBe(600);
  });

  it('picks the best rule instead of stacking', () => {
    // 6 mugs at 10.00: buy-2-get-1 gives 2 free (20.00) > 10% of 60.00 (6.00)
    expect(evaluateRules({ lines: [line('MUG-01', 6, 1000)] }, rules)).toBe(2000);
  });

  it('returns 0 with no rules', () => {
    expect(evaluateRules({ lines: [line('MUG-01', 6, 1000)] }, [])).toBe(0);
  });
});
