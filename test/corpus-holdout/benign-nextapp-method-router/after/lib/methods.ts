import type { NextApiRequest, NextApiResponse } from 'next';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Handler<T> = (req: NextApiRequest, res: NextApiResponse<T>) => void | Promise<void>;

export function withMethods<T>(handlers: Partial<Record<Method, Handler<T>>>) {
  const allowed = Object.keys(handlers).join(', ');
  return async function route(req: NextApiRequest, res: NextApiResponse<T | { error: string }>) {
    const method = (req.method ?? 'GET').toUpperCase() as Method;
    const handler = handlers[method];
    if (!handler) {
      res.setHeader('Allow', allowed);
      res.status(405).json({ error: `Method ${req.method} not allowed` });
      return;
    }
    await handler(req, res as NextApiResponse<T>);
  };
}
