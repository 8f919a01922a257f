import { describe, expect, it } from "vitest";

import { StandupStore } from "../src/store.js";

describe("StandupStore", () => {
  it("keeps the latest entry per user and day", () => {
    const s = new StandupStore();
    const at = new Date("2024-06-03T09:00:00Z");
    s.add("C1", { userId: "U1", yesterday: "a", today: "b", blockers: "none", at });
    s.add("C1", { userId: "U1", yesterday: "c", today: "d", blockers: "none", at });
    expect(s.forDay("C1", "2024-06-03")).toHaveLength(1);
    expect(s.forDay("C1", "2024-06-03")[0].yesterday).toBe("c");
  });

  it("separates channels", () => {
    const s = new StandupStore();
    s.add("C1", { userId: "U1", yesterday: "a", today: "b", blockers: "none", at: new Date("2024-06-03T09:00:00Z") });
    expect(s.forDay("C2", "2024-06-03")).toEqual([]);
  });
});
