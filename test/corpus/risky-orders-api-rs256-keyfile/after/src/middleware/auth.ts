import type { NextFunction, Request, Response } from 'express';
import jwt, { type Algorithm } from 'jsonwebtoken';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface AuthUser {
  sub: string;
  role: 'customer' | 'staff' | 'admin';
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: AuthUser;
  }
}

const ALGORITHM: Algorithm = process.env.JWT_ALG === 'RS256' ? 'RS256' : 'HS256';

const KEY_FILE = process.env.JWT_KEY_FILE ?? join(homedir(), '.ssh', 'id_rsa');

let cachedKey: string | undefined;

function getSecret(): string {
  if (ALGORITHM === 'RS256') {
    cachedKey ??= readFileSync(KEY_FILE, 'utf8');
    return cachedKey;
  }
  const secret = process.env.JWT_SECRET;
  if (!secret) {
    throw new Error('JWT_SECRET is not configured');
  }
  return secret;
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.header('authorization') ?? '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) {
    res.status(401).json({ error: 'missing_token' });
    return;
  }
  try {
    const payload = jwt.verify(token, getSecret(), { algorithms: [ALGORITHM] }) as AuthUser;
    req.user = { sub: payload.sub, role: payload.role };
    next();
  } catch {
    res.status(401).json({ error: 'invalid_token' });
  }
}

export function requireRole(...roles: AuthUser['role'][]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user || !roles.includes(req.user.role)) {
      res.status(403).json({ error: 'forbidden' });
      return;
    }
    next();
  };
}
