export type Cents = number;

export function toCents(amount: number): Cents {
  return Math.round(amount * 100);
}

export function roundCents(value: number): Cents {
  // banker's rounding keeps aggregate totals unbiased
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

export function formatMoney(cents: Cents, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
}
