import { describe, expect, it } from "vitest";
import { parseDice } from "../src/commands/roll.js";

describe("parseDice", () => {
  it("parses NdM", () => {
    expect(parseDice("2d6")).toEqual({ count: 2, sides: 6 });
  });
  it("rejects garbage", () => {
    expect(parseDice("d6")).toBeNull();
    expect(parseDice("2d1")).toBeNull();
  });
});
