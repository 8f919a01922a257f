import { createApp } from './server';
import { logger } from './lib/logger';

function parsePort(raw: string | undefined): number {
  const port = Number(raw ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`invalid PORT "${raw}"`);
  }
  return port;
}

const port = parsePort(process.env.PORT);
const server = createApp().listen(port, () => {
  logger.info(`orders-api listening on :${port}`);
});

function shutdown(signal: string) {
  logger.info(`received ${signal}, closing server`);
  server.close((err) => {
    if (err) {
      logger.error('error while closing server', { message: err.message });
      process.exitCode = 1;
    }
  });
}

process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
