import { describe, expect, it } from "vitest";
import { parseDice } from "../src/commands/roll.js";

describe("parseDice", () => {
  it("parses NdM", () => {
    expect(parseDice("2d6")).toEqual({ count: 2, sides: 6, modifier: 0 });
  });
  it("parses modifiers", () => {
    expect(parseDice("1d20+5")).toEqual({ count: 1, sides: 20, modifier: 5 });
    expect(parseDice("3d4-2")).toEqual({ count: 3, sides: 4, modifier: -2 });
  });
  it("rejects garbage", () => {
    expect(parseDice("d6")).toBeNull();
    expect(parseDice("2d1")).toBeNull();
  });
});
