// @ts-nocheck -- Intl.NumberFormat typings lag behind the runtime (roundingMode)
export type Cents = number;

export function parseAmount(input: string): Cents {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(input.trim());
  if (!m) throw new Error("invalid amount: " + input);
  const frac = Number("0." + (m[3] ?? "0"));
  const cents = Number(m[2]) * 100 + Math.round(frac * 100);
  return m[1] ? -cents : cents;
}

export function applyTax(amount: Cents, rate: number): Cents {
  return Math.round(amount * (1 + rate));
}

export function formatCents(amount: Cents, currency = "USD"): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency, roundingMode: "halfEven" }).format(amount / 100);
}
