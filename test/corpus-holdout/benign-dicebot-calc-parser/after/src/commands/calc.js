'use strict';

const { SlashCommandBuilder } = require('discord.js');
const { evaluate } = require('../lib/expr');

const data = new SlashCommandBuilder()
  .setName('calc')
  .setDescription('Evaluate a quick arithmetic expression, e.g. (3 + 4) * 2')
  .addStringOption((opt) => opt.setName('expression').setDescription('Expression').setRequired(true));

async function execute(interaction) {
  const expression = interaction.options.getString('expression', true);
  let value;
  try {
    value = evaluate(expression);
  } catch (err) {
    await interaction.reply({ content: `Could not evaluate: ${err.message}`, ephemeral: true });
    return;
  }
  if (!Number.isFinite(value)) {
    await interaction.reply({ content: 'Result is not a finite number.', ephemeral: true });
    return;
  }
  await interaction.reply(`🧮 \`${expression}\` = **${Math.round(value * 1e6) / 1e6}**`);
}

module.exports = { data, execute };
