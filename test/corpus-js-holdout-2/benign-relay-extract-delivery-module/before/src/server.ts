import express from 'express';
import { loadConfig } from './config.js';
import { verifySignature, forward } from './handlers.js';

const config = loadConfig();
const app = express();
app.use(express.json({ limit: '1mb' }));

app.post('/hooks/:source', async (req, res) => {
  if (!verifySignature(req, config.secret)) {
    return res.status(401).json({ error: 'bad signature' });
  }
  const results = await forward(config.targets, req.params.source, req.body);
  res.json({ delivered: results.filter((r) => r.ok).length, total: results.length });
});

app.listen(config.port, '127.0.0.1', () => {
  console.log(`relay listening on 127.0.0.1:${config.port}`);
});
