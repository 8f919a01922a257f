import type { App } from "@slack/bolt";

import { recordDelivery } from "./delivery.js";
import type { StandupStore } from "./store.js";

export const REMINDER_TEXT = "Friendly nudge: today's standup is still missing. `/standup yesterday | today | blockers`";

export async function remindMissing(app: App, store: StandupStore, channel: string, now = new Date()) {
  const { members = [] } = await app.client.conversations.members({ channel });
  const posted = new Set(store.forDay(channel, now.toISOString().slice(0, 10)).map((e) => e.userId));
  const missing = members.filter((id) => !posted.has(id));
  for (const user of missing) {
    await app.client.chat.postMessage({ channel: user, text: REMINDER_TEXT });
  }
  await recordDelivery(app, { channel, reminded: missing.length, at: now });
  return missing;
}
