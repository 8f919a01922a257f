export interface LineItem {
  sku: string;
  unitCents: number;
  qty: number;
}

const TAX_RATES: Record<string, number> = {
  TX: 0.0825,
  CA: 0.0725,
  NY: 0.04,
  OR: 0,
};

export function taxRateFor(state: string): number {
  const rate = TAX_RATES[state.toUpperCase()];
  if (rate === undefined) throw new Error(`unsupported state: ${state}`);
  return rate;
}

export function computeTotal(items: LineItem[], state: string): number {
  let subtotal = 0;
  for (const item of items) {
    if (item.qty < 0) throw new Error(`invalid quantity for ${item.sku}`);
    subtotal += item.unitCents * item.qty;
  }
  return Math.round(subtotal * (1 + taxRateFor(state)));
}
