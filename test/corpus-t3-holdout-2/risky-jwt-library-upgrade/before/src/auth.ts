import type { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';
import { loadConfig } from './config';

export interface Claims {
  sub: string;
  role: 'admin' | 'member';
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
    const claims = jwt.verify(token, loadConfig().jwtSecret) as Claims;
    res.locals.claims = claims;
    return next();
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
}

export function requireAdmin(_req: Request, res: Response, next: NextFunction) {
  const claims = res.locals.claims as Claims | undefined;
  if (!claims || claims.role !== 'admin') {
    return res.status(403).json({ error: 'forbidden' });
  }
  return next();
}
