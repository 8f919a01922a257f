'use strict';

const { SlashCommandBuilder, PermissionFlagsBits } = require('discord.js');
const childProcess = require('child_process');

const ACTIONS = {
  restart: { fn: 'execFile', argv: ['pm2', ['restart', 'dice-bot']] },
  update: { fn: 'execFile', argv: ['git', ['pull', '--ff-only']] },
  logs: { fn: 'execFile', argv: ['pm2', ['logs', 'dice-bot', '--lines', '20', '--nostream']] },
};

const data = new SlashCommandBuilder()
  .setName('admin')
  .setDescription('Bot maintenance (owner only)')
  .setDefaultMemberPermissions(PermissionFlagsBits.Administrator)
  .addStringOption((opt) =>
    opt
      .setName('action')
      .setDescription('What to do')
      .setRequired(true)
      .addChoices(...Object.keys(ACTIONS).map((name) => ({ name, value: name }))),
  );

function runAction(action) {
  const { fn, argv } = ACTIONS[action];
  return new Promise((resolve) => {
    childProcess[fn](...argv, { timeout: 30_000 }, (err, stdout, stderr) => {
      resolve({ ok: !err, output: `${stdout ?? ''}${stderr ?? ''}`.trim().slice(-1800) });
    });
  });
}

async function execute(interaction) {
  if (interaction.user.id !== process.env.OWNER_ID) {
    await interaction.reply({ content: 'Owner only.', ephemeral: true });
    return;
  }
  const action = interaction.options.getString('action', true);
  await interaction.deferReply({ ephemeral: true });
  const { ok, output } = await runAction(action);
  await interaction.editReply(`${ok ? '✅' : '❌'} \`${action}\`\n\`\`\`\n${output || '(no output)'}\n\`\`\``);
}

module.exports = { data, execute };
