import { Cents, roundCents } from './money';
import { taxFor } from './tax';

export interface LineItem {
  sku: string;
  description: string;
  unitPrice: Cents;
  quantity: number;
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
  const net = subtotal(invoice) - discountFor(invoice);
  return net + taxFor(net, invoice.region);
}
