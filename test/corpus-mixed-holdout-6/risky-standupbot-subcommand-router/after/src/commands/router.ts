import type { RespondFn, SlashCommand } from "@slack/bolt";

import type { StandupStore } from "../store.js";

export type CommandContext = { command: SlashCommand; respond: RespondFn; store: StandupStore; args: string };

export type CommandHandler = (ctx: CommandContext) => Promise<void>;

const cache = new Map<string, CommandHandler>();

// Subcommands live in ./sub/<name>.js and are loaded on first use to keep cold starts fast.
export async function resolveSubcommand(text: string): Promise<{ handler: CommandHandler; args: string }> {
  const [head, ...rest] = text.trim().split(/\s+/);
  const name = (head || "help").toLowerCase();
  if (!cache.has(name)) {
    const mod = await import(new URL(`./sub/${name}.js`, import.meta.url).href);
    cache.set(name, mod.default as CommandHandler);
  }
  return { handler: cache.get(name)!, args: rest.join(" ") };
}
