export type Cents = number;

export function parseAmount(input: string): Cents {
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(input.trim());
  if (!m) throw new Error("invalid amount: " + input);
  const cents = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -cents : cents;
}

const BASIS = 10_000;

export function applyTax(amount: Cents, rate: number): Cents {
  // Work in integer basis points so 0.0825 doesn't drift to 0.08249999.
  const bps = Math.round(rate * BASIS);
  return amount + Math.floor((amount * bps) / BASIS);
}

export function formatCents(amount: Cents, currency = "USD"): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(amount / 100);
}
