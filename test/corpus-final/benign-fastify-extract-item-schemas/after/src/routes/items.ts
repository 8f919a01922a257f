import type { FastifyPluginAsync } from 'fastify';
import type { Item } from '../lib/store.js';
import { idParams, itemBody, itemResponse, listQuery } from '../schemas/item.js';

type ItemInput = Pick<Item, 'name' | 'quantity'> & { tags?: string[] };

const itemRoutes: FastifyPluginAsync = async (app) => {
  const listSchema = { querystring: listQuery, response: { 200: { type: 'array', items: itemResponse } } };

  app.get('/', { schema: listSchema }, async (req) => {
    const { tag } = req.query as { tag?: string };
    const all = app.store.list();
    return tag ? all.filter((i) => i.tags.includes(tag)) : all;
  });

  app.get<{ Params: { id: string } }>('/:id', { schema: { params: idParams } }, async (req, reply) => {
    const item = app.store.get(req.params.id);
    if (!item) return reply.code(404).send({ error: 'not found' });
    return item;
  });

  app.post<{ Body: ItemInput }>('/', { schema: { body: itemBody } }, async (req, reply) => {
    const item = app.store.create(req.body);
    return reply.code(201).send(item);
  });

  app.put<{ Params: { id: string }; Body: ItemInput }>(
    '/:id',
    { schema: { body: itemBody, params: idParams } },
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
