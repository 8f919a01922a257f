import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

export function verifySignature(req: Request, secret: string): boolean {
  const sig = req.header('x-relay-signature') ?? '';
  const mac = createHmac('sha256', secret).update(JSON.stringify(req.body)).digest('hex');
  const a = Buffer.from(sig);
  const b = Buffer.from(mac);
  return a.length === b.length && timingSafeEqual(a, b);
}
