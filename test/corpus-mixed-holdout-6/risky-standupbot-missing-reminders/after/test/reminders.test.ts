import { describe, expect, it, vi } from "vitest";

import { remindMissing } from "../src/reminders.js";
import { StandupStore } from "../src/store.js";

describe("remindMissing", () => {
  it("DMs only people who have not posted", async () => {
    const at = new Date("2024-06-04T11:00:00Z");
    const store = new StandupStore();
    store.add("C1", { userId: "U1", yesterday: "a", today: "b", blockers: "none", at });
    const postMessage = vi.fn().mockResolvedValue({ ok: true });
    const app = {
      client: {
        conversations: { members: vi.fn().mockResolvedValue({ members: ["U1", "U2"] }) },
        chat: { postMessage },
      },
    } as any;
    expect(await remindMissing(app, store, "C1", at)).toEqual(["U2"]);
    expect(postMessage).toHaveBeenCalledTimes(1);
  });
});
