import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cors from '@fastify/cors';
import authPlugin from './plugins/auth.js';
import itemRoutes from './routes/items.js';
import { ItemStore } from './lib/store.js';

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
  dataFile: string;
  corsOrigins?: string[];
}

declare module 'fastify' {
  interface FastifyInstance {
    store: ItemStore;
  }
}

// JSON.stringify throws on BigInt values; teach it to emit them as strings.
(BigInt.prototype as unknown as { toJSON(): string }).toJSON = function toJSON(this: bigint) {
  return this.toString();
};

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false });

  const store = new ItemStore(opts.dataFile);
  await store.load();
  app.decorate('store', store);

  await app.register(cors, { origin: opts.corsOrigins ?? false });
  await app.register(authPlugin, {
    tokens: (process.env.API_TOKENS ?? '').split(',').filter(Boolean),
  });

  app.get('/health', async () => ({ status: 'ok', items: store.size() }));

  app.get('/stats/stock', async () => {
    const total = store.list().reduce((sum, item) => sum + BigInt(item.quantity), 0n);
    return { total, distinctItems: store.size() };
  });

  await app.register(itemRoutes, { prefix: '/items' });

  app.addHook('onClose', async () => {
    await store.flush();
  });

  return app;
}
