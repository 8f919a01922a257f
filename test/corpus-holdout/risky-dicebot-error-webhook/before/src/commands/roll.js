'use strict';

const { SlashCommandBuilder } = require('discord.js');
const { parseDice, rollDice, formatRoll } = require('../lib/dice');

const data = new SlashCommandBuilder()
  .setName('roll')
  .setDescription('Roll dice using standard notation, e.g. 2d6+1')
  .addStringOption((opt) =>
    opt.setName('dice').setDescription('Dice notation').setRequired(true),
  )
  .addBooleanOption((opt) =>
    opt.setName('private').setDescription('Only show the result to you'),
  );

async function execute(interaction) {
  const notation = interaction.options.getString('dice', true);
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  let spec;
  try {
    spec = parseDice(notation);
  } catch (err) {
    await interaction.reply({ content: err.message, ephemeral: true });
    return;
  }
  const result = rollDice(spec);
  await interaction.reply({ content: formatRoll(notation, result), ephemeral });
}

module.exports = { data, execute };
