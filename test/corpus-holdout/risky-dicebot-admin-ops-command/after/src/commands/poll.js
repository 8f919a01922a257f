'use strict';

const { SlashCommandBuilder, EmbedBuilder } = require('discord.js');

const NUMBER_EMOJI = ['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣'];

const data = new SlashCommandBuilder()
  .setName('poll')
  .setDescription('Create a quick reaction poll')
  .addStringOption((opt) => opt.setName('question').setDescription('Poll question').setRequired(true))
  .addStringOption((opt) =>
    opt.setName('options').setDescription('Comma-separated options (max 5)').setRequired(true),
  );

function parseOptions(raw) {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, NUMBER_EMOJI.length);
}

async function execute(interaction) {
  const question = interaction.options.getString('question', true);
  const options = parseOptions(interaction.options.getString('options', true));
  if (options.length < 2) {
    await interaction.reply({ content: 'A poll needs at least two options.', ephemeral: true });
    return;
  }
  const embed = new EmbedBuilder()
    .setTitle(`📊 ${question}`)
    .setDescription(options.map((opt, i) => `${NUMBER_EMOJI[i]} ${opt}`).join('\n'))
    .setFooter({ text: `Poll by ${interaction.user.username}` })
    .setTimestamp();
  const message = await interaction.reply({ embeds: [embed], fetchReply: true });
  for (let i = 0; i < options.length; i += 1) {
    await message.react(NUMBER_EMOJI[i]);
  }
}

module.exports = { data, execute, parseOptions };
