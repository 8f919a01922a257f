/**
 * The review ledger's records: one JSON object per line of `.airlock/ledger.jsonl`, each signed by
 * the person who wrote it over a canonical serialization of every other field. Parsing is strict
 * and never throws: a line that is not a well-formed record is returned as an error with its line
 * number, and every other line is still read.
 */
import { CATEGORIES, type Category } from '../model/finding';

export const LEDGER_PATH = '.airlock/ledger.jsonl';
export const CRITIQUES_PATH = '.airlock/critiques.jsonl';
export const REVIEWERS_PATH = '.airlock/reviewers.json';
export const POLICY_PATH = '.airlock/policy.json';

export const LEDGER_FORMAT = 1;
/** Signatures cover this prefix and the canonical record, so they cannot be replayed elsewhere. */
export const SIGNING_DOMAIN = 'airlock-ledger-v1\n';

export const VERDICTS = ['fixed', 'accepted-risk', 'false-positive'] as const;
export type Verdict = (typeof VERDICTS)[number];
export type RecordAction = 'resolve' | 'unresolve';
export type RecordCategory = Category | 'correctness';

export interface ReviewerIdentity {
  name: string;
  email: string;
  /** `sha256(publicKey)`, first 16 hex digits: which registered key signed the record. */
  keyId: string;
}

export interface LedgerRecord {
  v: number;
  action: RecordAction;
  fingerprint: string;
  ruleId: string;
  category: RecordCategory;
  source: 'static' | 'model';
  /** Where the flag was when it was resolved (informational: matching goes by fingerprint). */
  path: string;
  line: number;
  /** SHA-256 of the whitespace-normalized flagged code the person approved. */
  codeHash: string;
  /** Present on `resolve` records. */
  verdict?: Verdict;
  note: string;
  reviewer: ReviewerIdentity;
  /** ISO 8601 UTC with milliseconds. */
  time: string;
  /** Base64 Ed25519 signature over `signingPayload(record)`; empty when unsigned. */
  signature: string;
}

export type UnsignedRecord = Omit<LedgerRecord, 'signature'>;

export interface ParsedRecord {
  record: LedgerRecord;
  /** 1-based line in the ledger file. */
  line: number;
  /** Epoch milliseconds of `time`. */
  timeMs: number;
}

export interface LedgerLineError {
  file: string;
  line: number;
  message: string;
}

export interface ParsedLedger {
  records: ParsedRecord[];
  errors: LedgerLineError[];
}

/** JSON with object keys sorted at every level and no whitespace: the bytes that are signed. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError('cannot serialize a non-finite number');
    }
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** What a reviewer's key signs. */
export function signingPayload(record: UnsignedRecord | LedgerRecord): string {
  const rest: Partial<LedgerRecord> = { ...record };
  delete rest.signature;
  return SIGNING_DOMAIN + canonicalJson(rest);
}

/** One ledger line (no trailing newline). Field order is fixed so diffs of the ledger stay readable. */
export function serializeRecord(record: LedgerRecord): string {
  const ordered: Record<string, unknown> = {
    v: record.v,
    action: record.action,
    fingerprint: record.fingerprint,
    ruleId: record.ruleId,
    category: record.category,
    source: record.source,
    path: record.path,
    line: record.line,
    codeHash: record.codeHash,
    verdict: record.verdict,
    note: record.note,
    reviewer: { name: record.reviewer.name, email: record.reviewer.email, keyId: record.reviewer.keyId },
    time: record.time,
    signature: record.signature,
  };
  return JSON.stringify(ordered);
}

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const HEX = /^[0-9a-f]+$/;
const MAX_NOTE = 4000;
const MAX_FIELD = 1000;

function isRecordCategory(value: unknown): value is RecordCategory {
  return value === 'correctness' || (typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value));
}

function str(value: unknown, max = MAX_FIELD): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** Checks a parsed JSON value against the record schema; returns the reason it is not a record. */
export function recordProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'not a JSON object';
  }
  const r = value as Record<string, unknown>;
  const known = new Set([
    'v',
    'action',
    'fingerprint',
    'ruleId',
    'category',
    'source',
    'path',
    'line',
    'codeHash',
    'verdict',
    'note',
    'reviewer',
    'time',
    'signature',
  ]);
  const unknown = Object.keys(r).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    return `unknown field "${unknown[0]}"`;
  }
  if (r.v !== LEDGER_FORMAT) {
    return `unsupported format version ${JSON.stringify(r.v)} (this Airlock reads version ${LEDGER_FORMAT})`;
  }
  if (r.action !== 'resolve' && r.action !== 'unresolve') {
    return '"action" must be "resolve" or "unresolve"';
  }
  if (!str(r.fingerprint, 64) || !HEX.test(r.fingerprint) || r.fingerprint.length < 16) {
    return '"fingerprint" must be a hex string';
  }
  if (!str(r.ruleId, 200) || r.ruleId === '') {
    return '"ruleId" must be a non-empty string';
  }
  if (!isRecordCategory(r.category)) {
    return `"category" must be one of the categories (got ${JSON.stringify(r.category)})`;
  }
  if (r.source !== 'static' && r.source !== 'model') {
    return '"source" must be "static" or "model"';
  }
  if (!str(r.path, 4096) || r.path === '') {
    return '"path" must be a non-empty string';
  }
  if (typeof r.line !== 'number' || !Number.isInteger(r.line) || r.line < 1) {
    return '"line" must be a positive integer';
  }
  if (!str(r.codeHash, 64) || !/^[0-9a-f]{64}$/.test(r.codeHash)) {
    return '"codeHash" must be a SHA-256 hex digest';
  }
  if (r.action === 'resolve') {
    if (!(VERDICTS as readonly unknown[]).includes(r.verdict)) {
      return `"verdict" must be one of ${VERDICTS.join(', ')}`;
    }
  } else if (r.verdict !== undefined) {
    return 'an "unresolve" record has no verdict';
  }
  if (!str(r.note, MAX_NOTE)) {
    return `"note" must be a string of at most ${MAX_NOTE} characters`;
  }
  const reviewer = r.reviewer as Record<string, unknown> | null;
  if (reviewer === null || typeof reviewer !== 'object' || Array.isArray(reviewer)) {
    return '"reviewer" must be an object with name, email and keyId';
  }
  if (Object.keys(reviewer).some((k) => k !== 'name' && k !== 'email' && k !== 'keyId')) {
    return '"reviewer" has an unknown field';
  }
  if (!str(reviewer.name, 200) || !str(reviewer.email, 320) || !str(reviewer.keyId, 64)) {
    return '"reviewer" must have string name, email and keyId';
  }
  if (!str(r.time, 40) || !ISO_MS.test(r.time) || Number.isNaN(Date.parse(r.time))) {
    return '"time" must be an ISO 8601 UTC time with milliseconds (2026-01-31T12:00:00.000Z)';
  }
  if (!str(r.signature, 200) || !/^[A-Za-z0-9+/]*={0,2}$/.test(r.signature)) {
    return '"signature" must be base64 (or empty when unsigned)';
  }
  return undefined;
}

/**
 * Reads a ledger file's text. Blank lines are allowed (a union merge can leave them); anything else
 * that is not a well-formed record is an error naming its line.
 */
/**
 * The lines of a JSON-lines file: each non-blank line parsed and checked by `problemOf`. A line that
 * is not JSON or has a problem is an error naming its line, never quoting it (the file may hold
 * anything); valid lines are kept whatever the others hold.
 */
export function parseJsonLines(
  text: string,
  file: string,
  problemOf: (value: unknown) => string | undefined,
): { values: { value: unknown; line: number }[]; errors: LedgerLineError[] } {
  const values: { value: unknown; line: number }[] = [];
  const errors: LedgerLineError[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      // The parser's message quotes the line: a file that is not what it should be must not be echoed.
      const at = /position (\d+)/.exec((error as Error).message)?.[1];
      errors.push({ file, line: index + 1, message: at ? `not valid JSON (at character ${Number(at) + 1})` : 'not valid JSON' });
      return;
    }
    const problem = problemOf(value);
    if (problem) {
      errors.push({ file, line: index + 1, message: problem });
      return;
    }
    values.push({ value, line: index + 1 });
  });
  return { values, errors };
}

export function parseLedger(text: string, file: string): ParsedLedger {
  const { values, errors } = parseJsonLines(text, file, recordProblem);
  const records = values.map(({ value, line }) => {
    const record = value as LedgerRecord;
    return { record, line, timeMs: Date.parse(record.time) };
  });
  return { records, errors };
}

/** `new Date(ms).toISOString()`: always milliseconds, always UTC. */
export function recordTime(ms: number): string {
  return new Date(ms).toISOString();
}
