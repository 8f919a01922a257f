import { orderTotalCents, type NewOrder } from './validate';

export type DiscountRule =
  | { kind: 'percent-over'; minTotalCents: number; percent: number }
  | { kind: 'buy-n-get-one'; sku: string; n: number };

export const DEFAULT_RULES: DiscountRule[] = [{ kind: 'percent-over', minTotalCents: 5000, percent: 10 }];

function evaluateRule(order: Pick<NewOrder, 'lines'>, rule: DiscountRule): number {
  switch (rule.kind) {
    case 'percent-over': {
      const total = orderTotalCents(order);
      return total >= rule.minTotalCents ? Math.floor((total * rule.percent) / 100) : 0;
    }
    case 'buy-n-get-one': {
      const line = order.lines.find((l) => l.sku === rule.sku);
      if (!line) return 0;
      const free = Math.floor(line.quantity / (rule.n + 1));
      return free * line.unitPriceCents;
    }
  }
}

/** Total discount in cents; the best single rule wins (rules do not stack). */
export function evaluateRules(order: Pick<NewOrder, 'lines'>, rules: readonly DiscountRule[]): number {
  return rules.reduce((best, rule) => Math.max(best, evaluateRule(order, rule)), 0);
}
