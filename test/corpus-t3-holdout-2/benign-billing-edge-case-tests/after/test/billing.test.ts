import { subtotal, total, validateInvoice, roundCents } from '../src/billing';

const invoice = {
  id: 'inv_1',
  customerId: 'cus_9',
  items: [
    { sku: 'A-100', quantity: 3, unitPrice: 19.99 },
    { sku: 'B-200', quantity: 1, unitPrice: 45.5 },
  ],
  taxRate: 0.08,
};

describe('billing', () => {
  it('computes the subtotal', () => {
    expect(subtotal(invoice.items)).toBeCloseTo(105.47, 2);
  });

  it('applies tax and rounds to cents', () => {
    expect(total(invoice)).toBe(113.91);
  });

  it('rejects a discount larger than the subtotal', () => {
    expect(() => total({ ...invoice, discount: 500 })).toThrow(new RangeError('discount exceeds subtotal'));
  });

  it('rounds half up', () => {
    expect(roundCents(10.125)).toBe(10.13);
  });

  it('reports validation errors', () => {
    const errors = validateInvoice({ ...invoice, customerId: '', items: [] });
    expect(errors).toContain('customerId is required');
    expect(errors).toContain('at least one line item is required');
  });

  it.each([
    [-0.01, true],
    [0, false],
    [0.5, false],
    [0.51, true],
  ])('taxRate %p out of range: %p', (taxRate, invalid) => {
    const errors = validateInvoice({ ...invoice, taxRate });
    expect(errors.includes('taxRate out of range')).toBe(invalid);
  });

  it('rejects zero and negative quantities', () => {
    const items = [{ sku: 'Z-1', quantity: 0, unitPrice: 1 }, { sku: 'Z-2', quantity: -2, unitPrice: 1 }];
    expect(validateInvoice({ ...invoice, items })).toEqual([
      'quantity must be positive for Z-1',
      'quantity must be positive for Z-2',
    ]);
  });
});
