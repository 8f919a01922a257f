import { createPinia, setActivePinia } from "pinia";
import { beforeEach, describe, expect, it } from "vitest";

import { useCartStore } from "../src/stores/cart";

const shirt = { id: "p1", name: "Shirt", priceCents: 1999, imageUrl: "/img/p1.jpg", stock: 5 };

describe("cart", () => {
  beforeEach(() => setActivePinia(createPinia()));

  it("merges lines for the same product", () => {
    const cart = useCartStore();
    cart.add(shirt);
    cart.add(shirt, 2);
    expect(cart.lines).toHaveLength(1);
    expect(cart.count).toBe(3);
  });

  it("caps quantity at stock", () => {
    const cart = useCartStore();
    cart.add(shirt, 9);
    expect(cart.count).toBe(5);
  });

  it("computes the subtotal", () => {
    const cart = useCartStore();
    cart.add(shirt, 2);
    expect(cart.subtotalCents).toBe(3998);
  });
});
