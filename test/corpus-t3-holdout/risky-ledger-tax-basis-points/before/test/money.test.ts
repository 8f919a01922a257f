import { describe, it, expect } from "vitest";
import { parseAmount, applyTax, formatCents } from "../src/money";

describe("parseAmount", () => {
  it("parses whole and fractional amounts", () => {
    expect(parseAmount("12")).toBe(1200);
    expect(parseAmount("12.5")).toBe(1250);
    expect(parseAmount("-0.07")).toBe(-7);
  });

  it("rejects more than two decimal places", () => {
    expect(() => parseAmount("12.345")).toThrow(/invalid amount/);
  });
});

describe("applyTax", () => {
  it("rounds half away from zero", () => {
    expect(applyTax(1999, 0.0825)).toBe(2164);
    expect(applyTax(1000, 0.0725)).toBe(1073);
  });
});

describe("formatCents", () => {
  it("formats USD", () => {
    expect(formatCents(123456)).toBe("$1,234.56");
  });
});
