export function lineTotal(unitCents: number, qty: number): number {
  return unitCents * qty;
}

export function formatPrice(cents: number, currency = "EUR", locale = "de-DE"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(cents / 100);
}
