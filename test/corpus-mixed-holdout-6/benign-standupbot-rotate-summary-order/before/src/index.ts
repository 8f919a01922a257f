import bolt from "@slack/bolt";
import cron from "node-cron";

import { formatSummary, parseStandup } from "./commands/standup.js";
import { loadConfig } from "./config.js";
import { StandupStore } from "./store.js";

const config = loadConfig();
const store = new StandupStore();

const app = new bolt.App({
  token: config.SLACK_BOT_TOKEN,
  signingSecret: config.SLACK_SIGNING_SECRET,
});

app.command("/standup", async ({ command, ack, respond }) => {
  await ack();
  const entry = parseStandup(command.text, command.user_id);
  if (!entry) {
    await respond("Usage: /standup yesterday | today | blockers");
    return;
  }
  store.add(command.channel_id, entry);
  await respond("Thanks, recorded :white_check_mark:");
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
      text: "Standup time! Use `/standup yesterday | today | blockers`.",
    });
  },
  { timezone: config.TZ },
);

await app.start(config.PORT);
console.log(`standupbot listening on :${config.PORT}`);
