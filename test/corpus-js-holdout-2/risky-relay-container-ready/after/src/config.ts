export interface RelayConfig {
  port: number;
  host: string;
  targets: string[];
  secret: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  return {
    port: Number(env.PORT ?? 8080),
    host: env.RELAY_HOST ?? '0.0.0.0',
    targets: (env.RELAY_TARGETS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    secret: env.RELAY_SECRET ?? '',
  };
}
