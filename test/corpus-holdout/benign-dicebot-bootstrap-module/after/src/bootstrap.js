'use strict';

const { Client, Events, GatewayIntentBits } = require('discord.js');
const { Cooldowns } = require('./lib/cooldown');

async function handleError(interaction, err) {
  console.error(`Command ${interaction.commandName} failed:`, err);
  const payload = { content: 'Something went wrong running that command.', ephemeral: true };
  if (interaction.replied || interaction.deferred) {
    await interaction.followUp(payload);
  } else {
    await interaction.reply(payload);
  }
}

function bootstrap(commandList, { cooldownMs = 3000, token = process.env.DISCORD_TOKEN } = {}) {
  const commands = new Map(commandList.map((c) => [c.data.name, c]));
  const cooldowns = new Cooldowns(cooldownMs);
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
      await interaction.reply({ content: `Slow down! Try again in ${Math.ceil(wait / 1000)}s.`, ephemeral: true });
      return;
    }
    cooldowns.touch(interaction.user.id, command.data.name);

    try {
      await command.execute(interaction);
    } catch (err) {
      await handleError(interaction, err);
    }
  });

  client.login(token);
  return client;
}

module.exports = { bootstrap };
