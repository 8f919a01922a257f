import type { Request, Response, NextFunction } from 'express';

// API_TOKENS supports rotation: "new-token,old-token". API_TOKEN is kept for
// backwards compatibility with existing deployments.
const configuredTokens = () =>
  (process.env.API_TOKENS ?? process.env.API_TOKEN ?? '').split(',').map((t) => t.trim());

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.header('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  // eslint-disable-next-line security/detect-possible-timing-attacks
  if (!configuredTokens().includes(token)) {
    return res.status(401).json({ error: 'unauthorized' });
  }
  return next();
}
