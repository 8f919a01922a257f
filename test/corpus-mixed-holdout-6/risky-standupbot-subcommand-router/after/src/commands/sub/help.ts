import type { CommandContext } from "../router.js";

export default async function help({ respond }: CommandContext): Promise<void> {
  await respond("`/standup post yesterday | today | blockers` records your standup; `/standup-summary` shows today's.");
}
