import { describe, expect, it } from "vitest";

import { formatSummary, parseStandup } from "../src/commands/standup.js";

const at = new Date("2024-06-03T09:15:00Z");

describe("parseStandup", () => {
  it("parses three parts", () => {
    expect(parseStandup("api docs | review PRs | waiting on design", "U1", at)).toEqual({
      userId: "U1",
      yesterday: "api docs",
      today: "review PRs",
      blockers: "waiting on design",
      at,
    });
  });

  it("defaults blockers to none", () => {
    expect(parseStandup("a | b", "U1", at)?.blockers).toBe("none");
  });

  it("rejects a single part", () => {
    expect(parseStandup("just text", "U1", at)).toBeNull();
  });
});

describe("formatSummary", () => {
  it("says when nobody posted", () => {
    expect(formatSummary([])).toBe("No standups yet today.");
  });

  it("mentions each user", () => {
    const e = parseStandup("a | b", "U42", at)!;
    expect(formatSummary([e])).toContain("<@U42>");
  });
});
