import { SlashCommandBuilder } from "discord.js";
import type { Command } from "./index.js";

export const ping: Command = {
  data: new SlashCommandBuilder().setName("ping").setDescription("Check the bot is alive"),
  async execute(interaction) {
    await interaction.reply(`pong (${interaction.client.ws.ping} ms)`);
  },
};
