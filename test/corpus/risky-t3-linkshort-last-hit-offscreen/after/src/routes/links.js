const express = require('express');

function isHttpUrl(value) {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function createLinksRouter(store) {
  const router = express.Router();

  router.post('/', async (req, res) => {
    const { url } = req.body || {};
    if (!isHttpUrl(url)) {
      return res.status(400).json({ error: 'url must be an http(s) URL' });
    }
    const code = await store.create(url);
    res.status(201).json({ code, url });
  });

  router.get('/:code', async (req, res) => {
    const link = await store.get(req.params.code);
    if (!link) return res.status(404).json({ error: 'not found' });
    res.json({ code: req.params.code, ...link });
  });

  router.delete('/:code', async (req, res) => {
    const removed = await store.remove(req.params.code);
    res.status(removed ? 204 : 404).end();
  });

  return router;
}

module.exports = { createLinksRouter, isHttpUrl };
