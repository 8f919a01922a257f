/**
 * Reviewer keys: Ed25519 through `node:crypto`. The private key never lives in a workspace: the
 * CLI keeps it in a 0600 file under `$XDG_CONFIG_HOME/airlock/` (default `~/.config/airlock/`),
 * the extension in VS Code's SecretStorage (both hold the same serialized form).
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { keyIdOf, type RegisteredReviewer } from '../core/ledger/config';
import { writeFileAtomic } from './files';
import { signingPayload, type LedgerRecord, type UnsignedRecord } from '../core/ledger/record';

export interface ReviewerKey extends RegisteredReviewer {
  /** Base64 of the DER-encoded PKCS#8 private key. */
  privateKey: string;
}

export class KeyError extends Error {}

export function generateReviewerKey(name: string, email: string): ReviewerKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const priv = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
  return { name, email, keyId: keyIdOf(pub), publicKey: pub, privateKey: priv };
}

export function serializeKey(key: ReviewerKey): string {
  return `${JSON.stringify({ version: 1, ...key }, null, 2)}\n`;
}

export function parseKey(text: string, where: string): ReviewerKey {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new KeyError(`${where} is not a reviewer key file (not JSON)`);
  }
  const { name, email, keyId, publicKey, privateKey } = value ?? {};
  if (
    value?.version !== 1 ||
    typeof name !== 'string' ||
    typeof email !== 'string' ||
    typeof keyId !== 'string' ||
    typeof publicKey !== 'string' ||
    typeof privateKey !== 'string'
  ) {
    throw new KeyError(`${where} is not a reviewer key file`);
  }
  if (keyIdOf(publicKey) !== keyId) {
    throw new KeyError(`${where}: the key id does not match the public key`);
  }
  // The private key must belong to the public key.
  const derived = createPublicKey(createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' }))
    .export({ type: 'spki', format: 'der' })
    .toString('base64');
  if (derived !== publicKey) {
    throw new KeyError(`${where}: the private key does not belong to the public key`);
  }
  return { name, email, keyId, publicKey, privateKey };
}

/** Base64 Ed25519 signature of a payload (a record's signing payload, with its domain). */
export function signPayload(payload: string, key: ReviewerKey): string {
  const privateKey = createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return sign(null, Buffer.from(payload, 'utf8'), privateKey).toString('base64');
}

export function signRecord(record: UnsignedRecord, key: ReviewerKey): LedgerRecord {
  return { ...record, signature: signPayload(signingPayload(record), key) };
}

export function verifySignature(publicKey: string, payload: string, signature: string): boolean {
  const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') {
    return false;
  }
  return verify(null, Buffer.from(payload, 'utf8'), key, Buffer.from(signature, 'base64'));
}

/** `$XDG_CONFIG_HOME/airlock`, or `~/.config/airlock`. */
export function configDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.join(os.homedir(), '.config');
  return path.join(base, 'airlock');
}

export function keyFilePath(env: NodeJS.ProcessEnv): string {
  return path.join(configDir(env), 'reviewer-key.json');
}

/** Writes the key file with mode 0600 (directory 0700); refuses to overwrite unless `force`. */
export async function saveKeyFile(file: string, key: ReviewerKey, force: boolean): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const exists = await stat(file).then(
    () => true,
    () => false,
  );
  if (exists && !force) {
    throw new KeyError(`a reviewer key already exists at ${file} (use --force to replace it)`);
  }
  await writeFileAtomic(file, serializeKey(key), 0o600);
}

export async function loadKeyFile(file: string): Promise<ReviewerKey> {
  let text: string;
  try {
    const info = await stat(file);
    if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) {
      throw new KeyError(`${file} is readable by other users (mode ${(info.mode & 0o777).toString(8)}); run chmod 600 on it`);
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof KeyError) {
      throw error;
    }
    throw new KeyError(`no reviewer key at ${file}: create one with "airlock keys init --name NAME --email EMAIL"`);
  }
  return parseKey(text, file);
}
