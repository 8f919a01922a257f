/**
 * `.airlock/reviewers.json` (who may resolve flags: name, email and Ed25519 public key) and
 * `.airlock/policy.json` (what blocks a merge). The gate reads both from the base side of the
 * change, so a change cannot register its own reviewer or relax its own policy.
 */
import { sha256Hex } from '../engine/hash';
import { isSeverity, type Severity } from '../model/finding';
import { VERDICTS, type Verdict } from './record';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

export interface RegisteredReviewer {
  name: string;
  email: string;
  keyId: string;
  /** Base64 of the DER-encoded SubjectPublicKeyInfo of an Ed25519 key. */
  publicKey: string;
}

export interface ReviewersFile {
  version: 1;
  reviewers: RegisteredReviewer[];
}

/** The key id shown to people and stored in records: the first 16 hex digits of the key's hash. */
export function keyIdOf(publicKeyBase64: string): string {
  return sha256Hex(`ed25519:${publicKeyBase64}`).slice(0, 16);
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

export function parseReviewers(text: string, file: string): ReviewersFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, `not valid JSON (${(error as Error).message})`);
  }
  const root = value as { version?: unknown; reviewers?: unknown } | null;
  if (root === null || typeof root !== 'object' || root.version !== 1 || !Array.isArray(root.reviewers)) {
    throw new ConfigError(file, 'expected {"version": 1, "reviewers": [...]}');
  }
  const seen = new Set<string>();
  const reviewers = root.reviewers.map((entry: unknown, index: number): RegisteredReviewer => {
    const r = entry as Record<string, unknown> | null;
    const where = `reviewers[${index}]`;
    if (r === null || typeof r !== 'object') {
      throw new ConfigError(file, `${where} is not an object`);
    }
    const { name, email, keyId, publicKey } = r;
    if (typeof name !== 'string' || name.trim() === '') {
      throw new ConfigError(file, `${where}.name must be a non-empty string`);
    }
    if (typeof email !== 'string' || !EMAIL.test(email)) {
      throw new ConfigError(file, `${where}.email must be an email address`);
    }
    if (typeof publicKey !== 'string' || !/^[A-Za-z0-9+/]{40,}={0,2}$/.test(publicKey)) {
      throw new ConfigError(file, `${where}.publicKey must be a base64 Ed25519 public key`);
    }
    if (keyId !== keyIdOf(publicKey)) {
      throw new ConfigError(file, `${where}.keyId does not match its public key (expected ${keyIdOf(publicKey)})`);
    }
    if (seen.has(keyId)) {
      throw new ConfigError(file, `${where}: key ${keyId} is registered twice`);
    }
    seen.add(keyId);
    return { name, email, keyId, publicKey };
  });
  return { version: 1, reviewers };
}

export function serializeReviewers(file: ReviewersFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface Policy {
  /** Severities whose flags block the merge until resolved. */
  block: Severity[];
  /** Only records signed by a registered reviewer count. Undefined: yes once a reviewers file exists. */
  requireSignatures?: boolean;
  /** Every changed hunk must have been critiqued by a model. */
  requireCritique: boolean;
  /** Verdicts that need a note (accepted-risk and false-positive always do). */
  notesRequired: Verdict[];
  /** A resolution by the author of the commits that introduced the flagged line does not count. */
  forbidSelfReview: boolean;
  /** Glob patterns (`*` wildcard) on author emails and names of bots and agents: they never count as reviewers. */
  agentAuthors: string[];
  /** The ruleset version the gate must run (`airlock gate --format json` prints it); undefined: any. */
  ruleset?: string;
}

export const DEFAULT_POLICY: Policy = {
  block: ['low', 'medium', 'high'],
  requireCritique: false,
  notesRequired: ['accepted-risk', 'false-positive'],
  forbidSelfReview: false,
  agentAuthors: [],
};

const POLICY_KEYS = new Set([
  'version',
  'block',
  'requireSignatures',
  'requireCritique',
  'notesRequired',
  'forbidSelfReview',
  'agentAuthors',
  'ruleset',
]);

export function parsePolicy(text: string, file: string): Policy {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, `not valid JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(file, 'expected a JSON object');
  }
  const p = value as Record<string, unknown>;
  const unknown = Object.keys(p).filter((k) => !POLICY_KEYS.has(k));
  if (unknown.length > 0) {
    throw new ConfigError(file, `unknown setting "${unknown[0]}" (known: ${[...POLICY_KEYS].join(', ')})`);
  }
  if (p.version !== undefined && p.version !== 1) {
    throw new ConfigError(file, `unsupported version ${JSON.stringify(p.version)}`);
  }
  const policy: Policy = { ...DEFAULT_POLICY, notesRequired: [...DEFAULT_POLICY.notesRequired], agentAuthors: [] };
  if (p.block !== undefined) {
    if (!Array.isArray(p.block) || !p.block.every((s) => typeof s === 'string' && isSeverity(s))) {
      throw new ConfigError(file, '"block" must be a list of severities (info, low, medium, high)');
    }
    policy.block = [...new Set(p.block as Severity[])];
  }
  for (const key of ['requireSignatures', 'requireCritique', 'forbidSelfReview'] as const) {
    if (p[key] !== undefined && typeof p[key] !== 'boolean') {
      throw new ConfigError(file, `"${key}" must be true or false`);
    }
  }
  if (p.requireSignatures !== undefined) {
    policy.requireSignatures = p.requireSignatures as boolean;
  }
  if (p.requireCritique !== undefined) {
    policy.requireCritique = p.requireCritique as boolean;
  }
  if (p.forbidSelfReview !== undefined) {
    policy.forbidSelfReview = p.forbidSelfReview as boolean;
  }
  if (p.notesRequired !== undefined) {
    if (!Array.isArray(p.notesRequired) || !p.notesRequired.every((v) => (VERDICTS as readonly unknown[]).includes(v))) {
      throw new ConfigError(file, `"notesRequired" must be a list of verdicts (${VERDICTS.join(', ')})`);
    }
    // The two verdicts that accept a risk always need a reason.
    policy.notesRequired = [...new Set<Verdict>(['accepted-risk', 'false-positive', ...(p.notesRequired as Verdict[])])];
  }
  if (p.agentAuthors !== undefined) {
    if (!Array.isArray(p.agentAuthors) || !p.agentAuthors.every((v) => typeof v === 'string' && v !== '')) {
      throw new ConfigError(file, '"agentAuthors" must be a list of patterns such as "*[bot]*"');
    }
    policy.agentAuthors = p.agentAuthors as string[];
  }
  if (p.ruleset !== undefined) {
    if (typeof p.ruleset !== 'string' || !/^[\w./-]+\+[0-9a-f]{12}$/.test(p.ruleset)) {
      throw new ConfigError(
        file,
        '"ruleset" must be a ruleset version as `airlock gate --format json` prints it (such as "airlock/v1+0123456789ab")',
      );
    }
    policy.ruleset = p.ruleset;
  }
  return policy;
}

/** Case-insensitive glob with `*` as the only wildcard. */
export function matchesPattern(pattern: string, value: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 'i').test(value);
}
