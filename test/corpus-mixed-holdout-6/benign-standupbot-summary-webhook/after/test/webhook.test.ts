import { describe, expect, it, vi } from "vitest";

import { postSummary } from "../src/webhook.js";

describe("postSummary", () => {
  it("posts counts and user ids with the configured token", async () => {
    const fetchImpl = vi.fn().mockResolvedValue(new Response(null, { status: 204 }));
    const entry = { userId: "U1", yesterday: "a", today: "b", blockers: "none", at: new Date() };
    const ok = await postSummary({ url: "https://hooks.test/standup", token: "t".repeat(24) }, "C1", "2024-06-03", [entry], fetchImpl);
    expect(ok).toBe(true);
    const [url, init] = fetchImpl.mock.calls[0];
    expect(url).toBe("https://hooks.test/standup");
    expect(JSON.parse(init.body)).toEqual({ channel: "C1", day: "2024-06-03", count: 1, users: ["U1"] });
  });

  it("returns false on an error status", async () => {
    const fetchImpl = vi.fn().mockResolvedValue(new Response(null, { status: 500 }));
    expect(await postSummary({ url: "https://hooks.test/x" }, "C1", "2024-06-03", [], fetchImpl)).toBe(false);
  });
});
