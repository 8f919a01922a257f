import { discountFor, Invoice, subtotal, total } from '../src/invoice';

const base: Invoice = {
  id: 'INV-001',
  region: 'US-NY',
  items: [
    { sku: 'A-1', description: 'Widget', unitPrice: 2500, quantity: 2 },
    { sku: 'B-7', description: 'Gadget', unitPrice: 5000, quantity: 1 },
  ],
};

describe('invoice totals', () => {
  it('sums line items', () => {
    expect(subtotal(base)).toBe(10000);
  });

  it('applies a percentage discount', () => {
    expect(discountFor({ ...base, discountPercent: 10 })).toBe(1000);
  });

  it('rejects discounts above 100%', () => {
    expect(() => discountFor({ ...base, discountPercent: 120 })).toThrow(RangeError);
  });

  it('adds regional tax after discount', () => {
    expect(total({ ...base, discountPercent: 10 })).toBe(9360);
  });
});
