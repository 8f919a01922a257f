'use strict';

const { SlashCommandBuilder } = require('discord.js');
const { parseDice, rollDice, formatRoll } = require('../lib/dice');
const { startSession, sessionInfo } = require('../lib/session-rng');

const data = new SlashCommandBuilder()
  .setName('roll')
  .setDescription('Roll dice using standard notation, e.g. 2d6+1')
  .addStringOption((opt) =>
    opt.setName('dice').setDescription('Dice notation').setRequired(true),
  )
  .addBooleanOption((opt) =>
    opt.setName('private').setDescription('Only show the result to you'),
  )
  .addBooleanOption((opt) =>
    opt.setName('replayable').setDescription('Use the replayable session generator for this server'),
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
  if (interaction.options.getBoolean('replayable') && interaction.guildId && !sessionInfo(interaction.guildId)) {
    startSession(interaction.guildId);
  }
  const result = rollDice(spec);
  const session = interaction.guildId ? sessionInfo(interaction.guildId) : null;
  const suffix = session ? `\n-# session seed ${session.seed.toString(16)}` : '';
  await interaction.reply({ content: formatRoll(notation, result) + suffix, ephemeral });
}

module.exports = { data, execute };
