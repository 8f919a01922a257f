import { describe, expect, it } from "vitest";

import { discountCents, findPromo } from "../src/utils/promo";

describe("promo codes", () => {
  it("normalizes case and spaces", () => {
    expect(findPromo(" welcome 10 ")?.percentOff).toBe(10);
  });

  it("applies minimum subtotal", () => {
    const p = findPromo("SUMMER24", new Date("2024-07-01"));
    expect(discountCents(4000, p)).toBe(0);
    expect(discountCents(6000, p)).toBe(900);
  });

  it.skip("rejects expired and unknown codes", () => {
    expect(findPromo("SUMMER24", new Date("2024-09-01"))).toBeNull();
    expect(findPromo("FREESTUFF")).toBeNull();
  });
});
