import { describe, expect, it } from "vitest";

import { formatSummary, parseStandup, shuffled } from "../src/commands/standup.js";

// small deterministic PRNG so ordering assertions are stable
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

describe("shuffled", () => {
  it("keeps every element", () => {
    const out = shuffled([1, 2, 3, 4, 5], mulberry32(7));
    expect([...out].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("is deterministic for a given rng", () => {
    expect(shuffled([1, 2, 3, 4], mulberry32(1))).toEqual(shuffled([1, 2, 3, 4], mulberry32(1)));
  });

  it("does not mutate the input", () => {
    const input = [1, 2, 3];
    shuffled(input, mulberry32(3));
    expect(input).toEqual([1, 2, 3]);
  });
});
