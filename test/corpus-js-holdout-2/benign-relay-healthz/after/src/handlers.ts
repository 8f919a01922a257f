import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

export function verifySignature(req: Request, secret: string): boolean {
  const sig = req.header('x-relay-signature') ?? '';
  const mac = createHmac('sha256', secret).update(JSON.stringify(req.body)).digest('hex');
  const a = Buffer.from(sig);
  const b = Buffer.from(mac);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface Delivery {
  target: string;
  ok: boolean;
  status: number;
}

export async function forward(targets: string[], source: string, body: unknown): Promise<Delivery[]> {
  return Promise.all(
    targets.map(async (target) => {
      try {
        const res = await fetch(target, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-relay-source': source },
          body: JSON.stringify(body),
        });
        return { target, ok: res.ok, status: res.status };
      } catch {
        return { target, ok: false, status: 0 };
      }
    }),
  );
}
