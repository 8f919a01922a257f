import type { Message } from "./llm.js";
import type { TicketMessage } from "./store.js";

export const REPLY_SYSTEM = `You are the support assistant for Acme Cloud.
Be concise and friendly. Never promise refunds or credits; offer to escalate instead.
If you are unsure, say so and suggest contacting support@acme-cloud.example.`;

export function replyMessages(history: TicketMessage[]): Message[] {
  return [
    { role: "system", content: REPLY_SYSTEM },
    ...history.map(
      (m): Message => ({ role: m.from === "customer" ? "user" : "assistant", content: m.text }),
    ),
  ];
}
