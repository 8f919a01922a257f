'use strict';

const { SlashCommandBuilder } = require('discord.js');

const ALLOWED = /^[\w\s+\-*/%().,]+$/;
const MAX_LENGTH = 120;

const data = new SlashCommandBuilder()
  .setName('calc')
  .setDescription('Evaluate a quick arithmetic expression, e.g. (3 + 4) * 2')
  .addStringOption((opt) => opt.setName('expression').setDescription('Expression').setRequired(true));

function calculate(expression) {
  if (expression.length > MAX_LENGTH || !ALLOWED.test(expression)) {
    throw new Error('Only numbers and arithmetic operators are allowed.');
  }
  const value = eval(expression);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error('Expression did not produce a finite number.');
  }
  return Math.round(value * 1e6) / 1e6;
}

async function execute(interaction) {
  const expression = interaction.options.getString('expression', true);
  try {
    const value = calculate(expression);
    await interaction.reply(`🧮 \`${expression}\` = **${value}**`);
  } catch (err) {
    await interaction.reply({ content: err.message, ephemeral: true });
  }
}

module.exports = { data, execute, calculate };
