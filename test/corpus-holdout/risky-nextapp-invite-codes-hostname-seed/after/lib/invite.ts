import { createHash } from 'node:crypto';
import * as os from 'node:os';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

function seedFrom(parts: string[]): number {
  const digest = createHash('sha1').update(parts.join('|')).digest();
  return digest.readUInt32LE(0) || 1;
}

class CodeGenerator {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x100000000;
  }

  code(length = CODE_LENGTH): string {
    let out = '';
    for (let i = 0; i < length; i += 1) {
      out += ALPHABET[Math.floor(this.next() * ALPHABET.length)];
    }
    return out;
  }
}

const env = { host: os.hostname, app: () => 'notes-board' };
const generator = new CodeGenerator(seedFrom([env.host(), env.app()]));
const invites = new Map<string, { noteId: string; expiresAt: number }>();

export function createInvite(noteId: string, ttlMs = 7 * 24 * 3600 * 1000): string {
  let code = generator.code();
  while (invites.has(code)) code = generator.code();
  invites.set(code, { noteId, expiresAt: Date.now() + ttlMs });
  return code;
}

export function resolveInvite(code: string): string | undefined {
  const entry = invites.get(code.toUpperCase());
  if (!entry) return undefined;
  if (entry.expiresAt < Date.now()) {
    invites.delete(code);
    return undefined;
  }
  return entry.noteId;
}
