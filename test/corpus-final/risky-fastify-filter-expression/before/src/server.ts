import { buildApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

async function main(): Promise<void> {
  const app = await buildApp({
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    dataFile: process.env.DATA_FILE ?? 'data/items.json',
    corsOrigins: process.env.CORS_ORIGINS?.split(','),
  });

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await app.listen({ port, host });
  } catch (err) {
    app.log.error(err, 'failed to start');
    process.exitCode = 1;
  }
}

void main();
