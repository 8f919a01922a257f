import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface AuthOptions {
  tokens: string[];
  publicPaths?: string[];
}

function extractBearer(header: string | undefined): string | null {
  if (!header) return null;
  const [scheme, value] = header.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !value) return null;
  return value.trim();
}

export default fp<AuthOptions>(
  async (app, opts) => {
    const allowed = new Set(opts.tokens);
    const publicPaths = new Set(opts.publicPaths ?? ['/health']);

    app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
      const routePath = req.routeOptions.url ?? req.url;
      if (publicPaths.has(routePath)) return;
      const token = extractBearer(req.headers.authorization);
      if (!token || !allowed.has(token)) {
        req.log.warn({ path: routePath }, 'rejected unauthenticated request');
        return reply.code(401).send({ error: 'unauthorized' });
      }
    });
  },
  { name: 'auth' },
);
