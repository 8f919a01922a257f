import type { CartLine, Product } from './api';

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
