export interface RelayConfig {
  port: number;
  targets: string[];
  secret: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`invalid PORT: ${env.PORT}`);
  }
  return {
    port,
    targets: (env.RELAY_TARGETS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    secret: env.RELAY_SECRET ?? '',
  };
}
