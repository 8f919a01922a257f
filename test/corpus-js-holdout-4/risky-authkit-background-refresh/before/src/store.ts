import { newSessionId } from './ids';

export interface Session {
  id: string;
  userId: string;
  expiresAt: number;
}

export interface SessionStore {
  create(userId: string, ttlMs: number): Session;
  get(id: string): Session | undefined;
  revoke(id: string): void;
}

export function createSessionStore(now: () => number = Date.now): SessionStore {
  const sessions = new Map<string, Session>();
  return {
    create(userId, ttlMs) {
      const session = { id: newSessionId(), userId, expiresAt: now() + ttlMs };
      sessions.set(session.id, session);
      return session;
    },
    get(id) {
      const s = sessions.get(id);
      if (!s || s.expiresAt <= now()) return undefined;
      return s;
    },
    revoke(id) {
      sessions.delete(id);
    },
  };
}
