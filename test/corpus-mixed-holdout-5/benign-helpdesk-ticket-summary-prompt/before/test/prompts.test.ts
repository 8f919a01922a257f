import { describe, expect, it } from "vitest";
import { REPLY_SYSTEM, replyMessages } from "../src/prompts.js";

describe("replyMessages", () => {
  it("starts with the system prompt and maps roles", () => {
    const msgs = replyMessages([
      { from: "customer", text: "hi" },
      { from: "agent", text: "hello" },
    ]);
    expect(msgs[0]).toEqual({ role: "system", content: REPLY_SYSTEM });
    expect(msgs.slice(1).map((m) => m.role)).toEqual(["user", "assistant"]);
  });
});
