import { randomBytes, randomUUID } from 'node:crypto';

export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

export function newRequestId(): string {
  return randomUUID();
}
