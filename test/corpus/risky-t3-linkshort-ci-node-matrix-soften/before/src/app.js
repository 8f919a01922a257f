const express = require('express');
const helmet = require('helmet');
const { createLinksRouter } = require('./routes/links');
const { requireApiKey } = require('./middleware/auth');
const { MemoryStore } = require('./store');

function createApp({ store = new MemoryStore(), apiKeys = [] } = {}) {
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet());
  app.use(express.json({ limit: '10kb' }));

  app.get('/healthz', (req, res) => res.json({ ok: true }));
  app.use('/api/links', requireApiKey(apiKeys), createLinksRouter(store));
  app.get('/:code', async (req, res) => {
    const link = await store.get(req.params.code);
    if (!link) return res.status(404).send('Not found');
    await store.hit(req.params.code);
    res.redirect(302, link.url);
  });

  return app;
}

module.exports = { createApp };
