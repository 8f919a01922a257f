import { randomInt } from "node:crypto";
import { SlashCommandBuilder } from "discord.js";
import type { Command } from "./index.js";

export function parseDice(spec: string): { count: number; sides: number } | null {
  const m = /^(\d{1,2})d(\d{1,3})$/i.exec(spec.trim());
  if (!m) return null;
  const count = Number(m[1]);
  const sides = Number(m[2]);
  if (count < 1 || sides < 2) return null;
  return { count, sides };
}

export const roll: Command = {
  data: new SlashCommandBuilder()
    .setName("roll")
    .setDescription("Roll dice, e.g. 2d6")
    .addStringOption((o) => o.setName("dice").setDescription("NdM").setRequired(true)),
  async execute(interaction) {
    const parsed = parseDice(interaction.options.getString("dice", true));
    if (!parsed) {
      await interaction.reply({ content: "Use the form NdM, e.g. 2d6", ephemeral: true });
      return;
    }
    const rolls = Array.from({ length: parsed.count }, () => randomInt(1, parsed.sides + 1));
    await interaction.reply(`🎲 ${rolls.join(" + ")} = **${rolls.reduce((a, b) => a + b, 0)}**`);
  },
};
