'use strict';

async function itemRoutes(fastify) {
  fastify.get('/items', async (req) => {
    const limit = Math.min(Number(req.query.limit) || 50, 200);
    return fastify.db.all('SELECT id, sku, name, qty FROM items ORDER BY id LIMIT ?', limit);
  });

  fastify.post('/items', async (req, reply) => {
    const { sku, name, qty } = req.body;
    const info = fastify.db.run('INSERT INTO items (sku, name, qty) VALUES (?, ?, ?)', sku, name, qty);
    return reply.code(201).send({ id: info.lastInsertRowid });
  });
}

module.exports = itemRoutes;
