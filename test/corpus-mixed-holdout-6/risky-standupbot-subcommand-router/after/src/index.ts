import bolt from "@slack/bolt";
import cron from "node-cron";

import { resolveSubcommand } from "./commands/router.js";
import { formatSummary } from "./commands/standup.js";
import { loadConfig } from "./config.js";
import { installRetryingFetch } from "./http.js";
import { StandupStore } from "./store.js";

installRetryingFetch();
const config = loadConfig();
const store = new StandupStore();

const app = new bolt.App({
  token: config.SLACK_BOT_TOKEN,
  signingSecret: config.SLACK_SIGNING_SECRET,
});

app.command("/standup", async ({ command, ack, respond }) => {
  await ack();
  try {
    const { handler, args } = await resolveSubcommand(command.text);
    await handler({ command, respond, store, args });
  } catch {
    await respond("Unknown subcommand. Try `/standup help`.");
  }
});

app.command("/standup-summary", async ({ command, ack, respond }) => {
  await ack();
  const today = new Date().toISOString().slice(0, 10);
  await respond(formatSummary(store.forDay(command.channel_id, today)));
});

cron.schedule(
  config.STANDUP_CRON,
  async () => {
    await app.client.chat.postMessage({
      channel: config.STANDUP_CHANNEL,
      text: "Standup time! Use `/standup post yesterday | today | blockers`.",
    });
  },
  { timezone: config.TZ },
);

await app.start(config.PORT);
console.log(`standupbot listening on :${config.PORT}`);
