import { Cents, roundCents } from './money';
import { taxFor } from './tax';

export interface LineItem {
  sku: string;
  description: string;
  unitPrice: Cents;
  quantity: number;
  discountPercent?: number;
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

function checkPercent(pct: number): number {
  if (pct < 0 || pct > 100) {
    throw new RangeError(`discountPercent out of range: ${pct}`);
  }
  return pct;
}

// Discounts are now resolved per line so that item-level promotions can
// override the invoice-wide percentage. Behaviour for invoice-wide discounts
// is unchanged.
export function lineDiscount(item: LineItem, invoicePct: number): Cents {
  const pct = checkPercent(item.discountPercent ?? invoicePct);
  return roundCents((item.unitPrice * item.quantity * pct) / 100);
}

export function discountFor(invoice: Invoice): Cents {
  const pct = checkPercent(invoice.discountPercent ?? 0);
  return invoice.items.reduce((sum, item) => sum + lineDiscount(item, pct), 0);
}

export function total(invoice: Invoice): Cents {
  const gross = subtotal(invoice);
  return gross - discountFor(invoice) + taxFor(gross, invoice.region);
}
