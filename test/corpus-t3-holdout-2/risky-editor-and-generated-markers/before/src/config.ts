export interface AppConfig {
  port: number;
  jwtSecret: string;
  ledgerUrl: string;
  allowedOrigins: string[];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const jwtSecret = env.JWT_SECRET;
  if (!jwtSecret) throw new Error('JWT_SECRET is required');
  return {
    port: Number(env.PORT ?? 8080),
    jwtSecret,
    ledgerUrl: env.LEDGER_URL ?? 'https://ledger.internal.example.com',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? 'https://app.example.com').split(','),
  };
}
