import "dotenv/config";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`missing env var ${name}`);
  return value;
}

export const config = {
  token: required("DISCORD_TOKEN"),
  clientId: required("DISCORD_CLIENT_ID"),
  guildId: process.env.DISCORD_GUILD_ID ?? "",
  modRoleId: process.env.MOD_ROLE_ID ?? "",
  logChannelId: process.env.LOG_CHANNEL_ID ?? "",
};
