export interface RelayConfig {
  port: number;
  targets: string[];
  secret: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  return {
    port: Number(env.PORT ?? 8080),
    targets: (env.RELAY_TARGETS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    secret: env.RELAY_SECRET ?? '',
  };
}
