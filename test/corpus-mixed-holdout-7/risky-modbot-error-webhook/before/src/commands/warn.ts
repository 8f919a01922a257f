import { PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import type { Command } from "./index.js";
import { config } from "../config.js";

export const warn: Command = {
  data: new SlashCommandBuilder()
    .setName("warn")
    .setDescription("Warn a member")
    .addUserOption((o) => o.setName("member").setDescription("Member to warn").setRequired(true))
    .addStringOption((o) => o.setName("reason").setDescription("Reason").setRequired(true))
    .setDefaultMemberPermissions(PermissionFlagsBits.ModerateMembers),
  async execute(interaction) {
    const member = interaction.options.getUser("member", true);
    const reason = interaction.options.getString("reason", true);
    const roles = interaction.member?.roles;
    const isMod = Array.isArray(roles) ? roles.includes(config.modRoleId) : roles?.cache.has(config.modRoleId);
    if (!isMod) {
      await interaction.reply({ content: "Moderators only.", ephemeral: true });
      return;
    }
    await member.send(`You were warned in ${interaction.guild?.name}: ${reason}`).catch(() => undefined);
    await interaction.reply(`⚠️ ${member} has been warned: ${reason}`);
  },
};
