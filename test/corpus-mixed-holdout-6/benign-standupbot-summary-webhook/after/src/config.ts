import { z } from "zod";

const Env = z.object({
  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-"),
  SLACK_SIGNING_SECRET: z.string().min(16),
  STANDUP_CHANNEL: z.string().default("#standup"),
  STANDUP_CRON: z.string().default("0 9 * * 1-5"),
  TZ: z.string().default("UTC"),
  PORT: z.coerce.number().default(3000),
  SUMMARY_WEBHOOK_URL: z.string().url().startsWith("https://").optional(),
  SUMMARY_WEBHOOK_TOKEN: z.string().min(20).optional(),
});

export type AppConfig = z.infer<typeof Env>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return Env.parse(env);
}
