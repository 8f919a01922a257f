import { describe, it, expect } from "vitest";
import { formatCents } from "../src/money";

describe("formatCents", () => {
  it("formats negative amounts with a leading minus", () => {
    expect(formatCents(-250)).toBe("-$2.50");
  });

  it("formats zero", () => {
    expect(formatCents(0)).toBe("$0.00");
  });

  it("supports other currencies", () => {
    expect(formatCents(1999, "EUR")).toBe("€19.99");
    expect(formatCents(1999, "JPY")).toBe("¥20");
  });

  it("throws on an unknown currency code", () => {
    expect(() => formatCents(100, "XYZW")).toThrow(RangeError);
  });
});
