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

  await app.register(itemRoutes, { prefix: '/items' });

  app.addHook('onClose', async () => {
    await store.flush();
  });

  return app;
}
