import { describe, it, expect } from "vitest";
import { daysUntilDue, fiscalYear, isOverdue } from "../src/dueDates";

const inv = { id: "inv_1", issuedAt: new Date("2025-01-01T00:00:00Z"), netDays: 30 };

describe("due dates", () => {
  it("counts down to the due date", () => {
    expect(daysUntilDue(inv, new Date("2025-01-21T00:00:00Z"))).toBe(10);
  });

  it("flags overdue invoices", () => {
    expect(isOverdue(inv, new Date("2025-02-01T00:00:00Z"))).toBe(true);
    expect(isOverdue(inv, new Date("2025-01-15T00:00:00Z"))).toBe(false);
  });

  it("names fiscal years after the year they end in", () => {
    expect(fiscalYear(new Date("2025-08-01T00:00:00Z"))).toBe(2026);
    expect(fiscalYear(new Date("2025-03-01T00:00:00Z"))).toBe(2025);
  });
});
