import { parseStandup } from "../standup.js";
import type { CommandContext } from "../router.js";

export default async function post({ command, respond, store, args }: CommandContext): Promise<void> {
  const entry = parseStandup(args, command.user_id);
  if (!entry) {
    await respond("Usage: /standup post yesterday | today | blockers");
    return;
  }
  store.add(command.channel_id, entry);
  await respond("Thanks, recorded :white_check_mark:");
}
