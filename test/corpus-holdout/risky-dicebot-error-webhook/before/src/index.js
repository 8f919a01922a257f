'use strict';

require('dotenv').config();
const { Client, Events, GatewayIntentBits } = require('discord.js');
const roll = require('./commands/roll');
const poll = require('./commands/poll');
const { Cooldowns } = require('./lib/cooldown');

const commands = new Map([
  [roll.data.name, roll],
  [poll.data.name, poll],
]);

const cooldowns = new Cooldowns(3000);

const client = new Client({ intents: [GatewayIntentBits.Guilds] });

client.once(Events.ClientReady, (c) => {
  console.log(`Ready as ${c.user.tag} in ${c.guilds.cache.size} guild(s)`);
});

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  const command = commands.get(interaction.commandName);
  if (!command) return;

  const wait = cooldowns.remaining(interaction.user.id, command.data.name);
  if (wait > 0) {
    await interaction.reply({
      content: `Slow down! Try again in ${Math.ceil(wait / 1000)}s.`,
      ephemeral: true,
    });
    return;
  }
  cooldowns.touch(interaction.user.id, command.data.name);

  try {
    await command.execute(interaction);
  } catch (err) {
    console.error(`Command ${interaction.commandName} failed:`, err);
    const payload = { content: 'Something went wrong running that command.', ephemeral: true };
    if (interaction.replied || interaction.deferred) {
      await interaction.followUp(payload);
    } else {
      await interaction.reply(payload);
    }
  }
});

client.login(process.env.DISCORD_TOKEN);
