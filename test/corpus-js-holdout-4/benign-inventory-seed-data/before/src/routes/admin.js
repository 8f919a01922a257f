'use strict';

async function adminRoutes(fastify) {
  fastify.addHook('onRequest', fastify.verifyAdmin);

  fastify.get('/admin/stats', async () => {
    const items = fastify.db.count('items');
    return { items, uptime: process.uptime() };
  });
}

module.exports = adminRoutes;
