export interface LineItem {
  sku: string;
  quantity: number;
  unitPrice: number;
}

export interface Invoice {
  id: string;
  customerId: string;
  items: LineItem[];
  taxRate: number;
  discount?: number;
}

export function subtotal(items: LineItem[]): number {
  return items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0);
}

export function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

export function total(invoice: Invoice): number {
  const base = subtotal(invoice.items) - (invoice.discount ?? 0);
  if (base < 0) throw new RangeError('discount exceeds subtotal');
  return roundCents(base * (1 + invoice.taxRate));
}

export function validateInvoice(invoice: Invoice): string[] {
  const errors: string[] = [];
  if (!invoice.customerId) errors.push('customerId is required');
  if (invoice.items.length === 0) errors.push('at least one line item is required');
  for (const item of invoice.items) {
    if (item.quantity <= 0) errors.push(`quantity must be positive for ${item.sku}`);
    if (item.unitPrice < 0) errors.push(`unitPrice must not be negative for ${item.sku}`);
  }
  if (invoice.taxRate < 0 || invoice.taxRate > 0.5) errors.push('taxRate out of range');
  return errors;
}
