import { ActivityType, Client, Events, GatewayIntentBits } from "discord.js";
import { config } from "./config.js";
import { commands } from "./commands/index.js";
import { log } from "./util/log.js";

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

const STATUSES = ["/roll 2d6", "watching the rules", "/warn responsibly", "/ping me"];

client.once(Events.ClientReady, (c) => {
  log.info(`logged in as ${c.user.tag}`);
  // purely cosmetic: rotate the presence text every 10 minutes
  const rotate = () =>
    c.user.setActivity(STATUSES[Math.floor(Math.random() * STATUSES.length)], { type: ActivityType.Custom });
  rotate();
  setInterval(rotate, 10 * 60_000);
});

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  const command = commands.get(interaction.commandName);
  if (!command) return;
  try {
    await command.execute(interaction);
  } catch (err) {
    log.error(`command ${interaction.commandName} failed`, err);
    const reply = { content: "Something went wrong.", ephemeral: true };
    if (interaction.replied || interaction.deferred) await interaction.followUp(reply);
    else await interaction.reply(reply);
  }
});

client.login(config.token);
