import { Invoice } from '../src/invoice';
import { lateFee } from '../src/latefee';

const inv: Invoice = {
  id: 'INV-9',
  region: 'US-TX',
  items: [{ sku: 'S', description: 'Service', unitPrice: 100000, quantity: 1 }],
};

describe('lateFee', () => {
  it('charges nothing inside the grace period', () => {
    expect(lateFee(inv, new Date('2024-03-01'), new Date('2024-03-10'))).toBe(0);
  });

  it('accrues monthly interest after the grace period', () => {
    expect(lateFee(inv, new Date('2024-03-01'), new Date('2024-04-14'))).toBe(1594);
  });
});
