import { Cents, roundCents } from './money';
import { TaxCategory, taxFor } from './tax';

export interface LineItem {
  sku: string;
  description: string;
  unitPrice: Cents;
  quantity: number;
  taxCategory?: TaxCategory;
}

export interface Invoice {
  id: string;
  region: string;
  items: LineItem[];
  discountPercent?: number;
}

export function subtotal(invoice: Invoice): Cents {
  return invoice.items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0);
}

export function discountFor(invoice: Invoice): Cents {
  const pct = invoice.discountPercent ?? 0;
  if (pct < 0 || pct > 100) {
    throw new RangeError(`discountPercent out of range: ${pct}`);
  }
  return roundCents((subtotal(invoice) * pct) / 100);
}

export function total(invoice: Invoice): Cents {
  const gross = subtotal(invoice);
  if (gross === 0) return 0;
  const factor = 1 - discountFor(invoice) / gross;
  let tax = 0;
  for (const item of invoice.items) {
    const net = item.unitPrice * item.quantity * factor;
    tax += taxFor(net, invoice.region, item.taxCategory);
  }
  return gross - discountFor(invoice) + tax;
}
