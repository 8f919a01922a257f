import jwt from 'jsonwebtoken';
import { requireAuth, requireAdmin } from '../src/auth';

process.env.JWT_SECRET = 'test-secret';

function mockRes() {
  const res = { locals: {} as Record<string, unknown> } as any;
  res.status = jest.fn(() => res);
  res.json = jest.fn(() => res);
  return res;
}

describe('auth middleware', () => {
  it('rejects requests without a token', () => {
    const res = mockRes();
    const next = jest.fn();
    requireAuth({ headers: {} } as any, res, next);
    expect(res.status).toHaveBeenCalledWith(401);
    expect(next).not.toHaveBeenCalled();
  });

  it('accepts a valid token', () => {
    const token = jwt.sign({ sub: 'u1', role: 'member' }, 'test-secret');
    const res = mockRes();
    const next = jest.fn();
    requireAuth({ headers: { authorization: `Bearer ${token}` } } as any, res, next);
    expect(next).toHaveBeenCalled();
  });

  it('forbids non-admins', () => {
    const res = mockRes();
    res.locals.claims = { sub: 'u1', role: 'member' };
    const next = jest.fn();
    requireAdmin({} as any, res, next);
    expect(res.status).toHaveBeenCalledWith(403);
  });
});
