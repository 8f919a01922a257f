'use strict';

const Fastify = require('fastify');
const config = require('./config');

async function build() {
  const app = Fastify({ logger: true });
  await app.register(require('@fastify/sensible'));
  await app.register(require('./db'), { file: config.dbFile });

  app.decorate('verifyAdmin', async (req, reply) => {
    if (!config.adminToken || req.headers['x-admin-token'] !== config.adminToken) {
      return reply.unauthorized();
    }
  });

  await app.register(require('./routes/items'));
  await app.register(require('./routes/admin'));
  return app;
}

if (require.main === module) {
  build().then((app) => app.listen({ port: config.port, host: '0.0.0.0' }));
}

module.exports = { build };
