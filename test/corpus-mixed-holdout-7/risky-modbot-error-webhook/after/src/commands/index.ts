import type { ChatInputCommandInteraction, SlashCommandBuilder } from "discord.js";
import { ping } from "./ping.js";
import { roll } from "./roll.js";
import { warn } from "./warn.js";

export interface Command {
  data: Pick<SlashCommandBuilder, "name" | "toJSON">;
  execute(interaction: ChatInputCommandInteraction): Promise<void>;
}

export const commands = new Map<string, Command>([ping, roll, warn].map((c) => [c.data.name, c]));
