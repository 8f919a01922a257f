import express from 'express';
import { requireAuth } from './middleware/auth';
import { ordersRouter } from './routes/orders';
import { logger } from './lib/logger';

export function createApp() {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '100kb' }));

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  app.use('/orders', requireAuth, ordersRouter);

  app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    logger.error('unhandled error', { message: err.message });
    res.status(500).json({ error: 'internal_error' });
  });

  return app;
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3000);
  createApp().listen(port, () => {
    logger.info(`orders-api listening on :${port}`);
  });
}
