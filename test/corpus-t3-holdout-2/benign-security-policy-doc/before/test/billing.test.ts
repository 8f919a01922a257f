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
    expect(() => total({ ...invoice, discount: 500 })).toThrow(RangeError);
  });

  it('rounds half up', () => {
    expect(roundCents(10.125)).toBe(10.13);
  });

  it('reports validation errors', () => {
    const errors = validateInvoice({ ...invoice, customerId: '', items: [] });
    expect(errors).toContain('customerId is required');
    expect(errors).toContain('at least one line item is required');
  });
});
