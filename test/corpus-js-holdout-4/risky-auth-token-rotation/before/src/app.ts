import express from 'express';
import helmet from 'helmet';
import { ordersRouter } from './routes/orders';
import { requireAuth } from './middleware/auth';

export function createApp() {
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet());
  app.use(express.json({ limit: '100kb' }));

  app.get('/healthz', (_req, res) => res.json({ ok: true }));
  app.use('/orders', requireAuth, ordersRouter);

  return app;
}
