export interface AppConfig {
  port: number;
  jwtSecret: string;
  ledgerUrl: string;
  allowedOrigins: string[];
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  requestTimeoutMs: number;
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

function parsePositiveInt(raw: string | undefined, fallback: number): number {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const jwtSecret = env.JWT_SECRET;
  if (!jwtSecret) throw new Error('JWT_SECRET is required');
  return {
    port: Number(env.PORT ?? 8080),
    jwtSecret,
    ledgerUrl: env.LEDGER_URL ?? 'https://ledger.internal.example.com',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? 'https://app.example.com').split(','),
    logLevel: (LEVELS as readonly string[]).includes(env.LOG_LEVEL ?? '') ? (env.LOG_LEVEL as AppConfig['logLevel']) : 'info',
    requestTimeoutMs: parsePositiveInt(env.REQUEST_TIMEOUT_MS, 5000),
  };
}
