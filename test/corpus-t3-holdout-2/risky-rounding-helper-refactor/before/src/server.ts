import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { loadConfig } from './config';
import { requireAuth, requireAdmin } from './auth';
import { validateInvoice, total, type Invoice } from './billing';
import { postToLedger } from './ledger';
import { reportError } from './telemetry';

const config = loadConfig();
export const app = express();

app.use(helmet());
app.use(cors({ origin: config.allowedOrigins, credentials: true }));
app.use(express.json({ limit: '100kb' }));

app.get('/healthz', (_req, res) => res.json({ ok: true }));

app.post('/invoices', requireAuth, async (req, res) => {
  const invoice = req.body as Invoice;
  const errors = validateInvoice(invoice);
  if (errors.length) return res.status(422).json({ errors });
  try {
    const status = await postToLedger(invoice);
    return res.status(201).json({ id: invoice.id, total: total(invoice), ledgerStatus: status });
  } catch (err) {
    await reportError({ message: (err as Error).message, route: '/invoices' });
    return res.status(502).json({ error: 'ledger unavailable' });
  }
});

app.delete('/invoices/:id', requireAuth, requireAdmin, (_req, res) => {
  res.status(204).end();
});

if (require.main === module) {
  app.listen(config.port, () => console.error(`invoice-service listening on ${config.port}`));
}
