import { defineStore } from "pinia";

import type { Product } from "../api/client";
import { lineTotal } from "../utils/price";

export interface CartLine {
  product: Product;
  qty: number;
}

export const useCartStore = defineStore("cart", {
  state: () => ({ lines: [] as CartLine[] }),
  getters: {
    count: (s) => s.lines.reduce((n, l) => n + l.qty, 0),
    subtotalCents: (s) => s.lines.reduce((n, l) => n + lineTotal(l.product.priceCents, l.qty), 0),
  },
  actions: {
    add(product: Product, qty = 1) {
      const line = this.lines.find((l) => l.product.id === product.id);
      const next = Math.min((line?.qty ?? 0) + qty, product.stock);
      if (line) line.qty = next;
      else this.lines.push({ product, qty: next });
    },
    remove(id: string) {
      this.lines = this.lines.filter((l) => l.product.id !== id);
    },
    clear() {
      this.lines = [];
    },
  },
});
