export type Cents = number;

export function parseAmount(input: string): Cents {
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(input.trim());
  if (!m) throw new Error("invalid amount: " + input);
  const cents = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -cents : cents;
}

export function applyTax(amount: Cents, rate: number): Cents {
  return Math.round(amount * (1 + rate));
}

export function formatCents(amount: Cents, currency = "USD"): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(amount / 100);
}
