import { Cents, roundCents } from './money';

const RATES: Record<string, number> = {
  'US-CA': 0.0725,
  'US-NY': 0.04,
  'US-TX': 0.0625,
  DE: 0.19,
  FR: 0.2,
};

export function taxRate(region: string): number {
  const rate = RATES[region];
  if (rate === undefined) {
    throw new Error(`Unknown tax region: ${region}`);
  }
  return rate;
}

export function taxFor(amount: Cents, region: string): Cents {
  return roundCents(amount * taxRate(region));
}
