import type { FastifyPluginAsync } from 'fastify';
import type { Item } from '../lib/store.js';
import { ItemCache } from '../lib/events.js';

const itemBody = {
  type: 'object',
  required: ['name', 'quantity'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 120 },
    quantity: { type: 'integer', minimum: 0 },
    tags: { type: 'array', items: { type: 'string' }, maxItems: 10 },
  },
  additionalProperties: false,
} as const;

type ItemInput = Pick<Item, 'name' | 'quantity'> & { tags?: string[] };

const itemRoutes: FastifyPluginAsync = async (app) => {
  const cache = new ItemCache();
  app.store.events.listen('item.updated', (item) => cache.invalidate(item.id));
  app.store.events.listen('item.removed', ({ id }) => cache.invalidate(id));

  app.get('/', async (req) => {
    const { tag } = req.query as { tag?: string };
    const all = app.store.list();
    return tag ? all.filter((i) => i.tags.includes(tag)) : all;
  });

  app.get<{ Params: { id: string } }>('/:id', async (req, reply) => {
    const item = cache.fetch(req.params.id, (id) => app.store.get(id));
    if (!item) return reply.code(404).send({ error: 'not found' });
    return item;
  });

  app.post<{ Body: ItemInput }>('/', { schema: { body: itemBody } }, async (req, reply) => {
    const item = app.store.create(req.body);
    return reply.code(201).send(item);
  });

  app.put<{ Params: { id: string }; Body: ItemInput }>(
    '/:id',
    { schema: { body: itemBody } },
    async (req, reply) => {
      const updated = app.store.update(req.params.id, req.body);
      if (!updated) return reply.code(404).send({ error: 'not found' });
      return updated;
    },
  );

  app.delete<{ Params: { id: string } }>('/:id', async (req, reply) => {
    const ok = app.store.remove(req.params.id);
    return reply.code(ok ? 204 : 404).send();
  });
};

export default itemRoutes;
