import { Cents, roundCents } from './money';

export type TaxCategory = 'standard' | 'reduced' | 'exempt';

const RATES: Record<string, Record<TaxCategory, number>> = {
  'US-CA': { standard: 0.0725, reduced: 0.0725, exempt: 0 },
  'US-NY': { standard: 0.04, reduced: 0.04, exempt: 0 },
  'US-TX': { standard: 0.0625, reduced: 0.0625, exempt: 0 },
  DE: { standard: 0.19, reduced: 0.07, exempt: 0 },
  FR: { standard: 0.2, reduced: 0.055, exempt: 0 },
  NL: { standard: 0.21, reduced: 0.09, exempt: 0 },
};

export function taxRate(region: string, category: TaxCategory = 'standard'): number {
  const rates = RATES[region];
  if (!rates) return 0;
  return rates[category];
}

export function taxFor(amount: Cents, region: string, category: TaxCategory = 'standard'): Cents {
  return roundCents(amount * taxRate(region, category));
}
