/**
 * `.airlock/critiques.jsonl`: what a model said about a change, recorded so that the merge gate —
 * which never calls a model — knows which critique flags exist and which hunks were critiqued. One
 * JSON object per line, of two kinds:
 *
 * - `critique`: one critique (quote, category, severity, claim, reasoning, check) and where its
 *   quote was found in the hunk (or why it was not);
 * - `hunk`: "this hunk was critiqued", with the model's probability that something in it is unsafe
 *   or wrong. A suspicion gap is derived from it: a probability at or above `GAP_THRESHOLD` and no
 *   critique of that hunk by the same model and prompt version.
 *
 * Both carry the format version, time, model, endpoint, prompt version, path and hunk hash, and,
 * when the person who ran the critique has a reviewer key, their identity and an Ed25519 signature
 * over a canonical payload with its own domain (a critique signature cannot be replayed as a
 * ledger record, nor the other way round). Parsing is strict and never throws: a line that is not
 * a record is an error naming its line (never quoting it), and every other line is still read.
 */
import { codeHashOf, normalizeCode } from '../engine/fingerprint';
import { sha256Hex } from '../engine/hash';
import { canonicalJson, parseJsonLines, type LedgerLineError, type ReviewerIdentity } from '../ledger/record';
import { SEVERITIES, type Range, type Severity } from '../model/finding';
import { CRITIQUE_CATEGORIES, type ModelCritique } from './schema';

export { CRITIQUES_PATH } from '../ledger/record';

export const CRITIQUE_RECORD_FORMAT = 1;
/** Signatures cover this prefix and the canonical record. */
export const CRITIQUE_SIGNING_DOMAIN = 'airlock-critiques-v1\n';

export type CritiqueAnchor = Range | { unanchored: 'not found' | 'ambiguous' };

interface RecordBase {
  v: number;
  /** ISO 8601 UTC with milliseconds. */
  time: string;
  model: string;
  /** The endpoint's origin and path (never credentials, a query or a fragment). */
  endpoint: string;
  promptVersion: string;
  path: string;
  hunkHash: string;
  /** The hunk's first and last new-version line when it was critiqued (informational). */
  startLine: number;
  endLine: number;
  /** Present, with `signature`, when the record is signed. */
  reviewer?: ReviewerIdentity;
  /** Base64 Ed25519 signature over `critiqueSigningPayload(record)`. */
  signature?: string;
}

export interface CritiqueRecord extends RecordBase, ModelCritique {
  kind: 'critique';
  anchor: CritiqueAnchor;
}

export interface HunkRecord extends RecordBase {
  kind: 'hunk';
  /** The model's answer to "is anything in this hunk unsafe or wrong?", 0..1. */
  unsafeProbability: number;
}

export type CritiqueFileRecord = CritiqueRecord | HunkRecord;
/** A record before it is signed (or one that stays unsigned). */
export type UnsignedCritiqueRecord = Omit<CritiqueRecord, 'reviewer' | 'signature'> | Omit<HunkRecord, 'reviewer' | 'signature'>;

export interface ParsedCritiqueRecord {
  record: CritiqueFileRecord;
  /** 1-based line in the file; 0 for a record read from an earlier version (history). */
  line: number;
}

export interface ParsedCritiques {
  records: ParsedCritiqueRecord[];
  errors: LedgerLineError[];
}

/** What the signer's key signs. */
export function critiqueSigningPayload(record: CritiqueFileRecord | UnsignedCritiqueRecord): string {
  const rest: Record<string, unknown> = { ...record };
  delete rest.signature;
  return CRITIQUE_SIGNING_DOMAIN + canonicalJson(rest);
}

/** One line of the file (no trailing newline), fields in a fixed order so diffs stay readable. */
export function serializeCritiqueRecord(record: CritiqueFileRecord): string {
  const head: Record<string, unknown> = {
    v: record.v,
    kind: record.kind,
    time: record.time,
    model: record.model,
    endpoint: record.endpoint,
    promptVersion: record.promptVersion,
    path: record.path,
    hunkHash: record.hunkHash,
    startLine: record.startLine,
    endLine: record.endLine,
  };
  const body: Record<string, unknown> =
    record.kind === 'critique'
      ? {
          quote: record.quote,
          category: record.category,
          severity: record.severity,
          claim: record.claim,
          reasoning: record.reasoning,
          check: record.check,
          anchor:
            'unanchored' in record.anchor
              ? { unanchored: record.anchor.unanchored }
              : {
                  line: record.anchor.line,
                  column: record.anchor.column,
                  endLine: record.anchor.endLine,
                  endColumn: record.anchor.endColumn,
                },
        }
      : { unsafeProbability: record.unsafeProbability };
  const signed: Record<string, unknown> = record.reviewer
    ? {
        reviewer: { name: record.reviewer.name, email: record.reviewer.email, keyId: record.reviewer.keyId },
        signature: record.signature,
      }
    : {};
  return JSON.stringify({ ...head, ...body, ...signed });
}

/**
 * What a record says, without when or by whom: two records with the same identity are the same
 * critique (or the same "critiqued" statement), written twice.
 */
export function critiqueRecordIdentity(record: CritiqueFileRecord | UnsignedCritiqueRecord): string {
  const rest: Record<string, unknown> = { ...record };
  delete rest.time;
  delete rest.signature;
  delete rest.reviewer;
  return canonicalJson(rest);
}

/** Keeps an endpoint's scheme, host, port and path: a URL's credentials, query and fragment are never recorded. */
export function recordableEndpoint(endpoint: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^/?#@]*@)?([^/?#]*)([^?#]*)/i.exec(endpoint.trim());
  return match ? `${match[1]}${match[2]}${match[3]}` : '';
}

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const SHA256 = /^[0-9a-f]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const COMMON = [
  'v',
  'kind',
  'time',
  'model',
  'endpoint',
  'promptVersion',
  'path',
  'hunkHash',
  'startLine',
  'endLine',
  'reviewer',
  'signature',
];
const KNOWN = {
  critique: new Set([...COMMON, 'quote', 'category', 'severity', 'claim', 'reasoning', 'check', 'anchor']),
  hunk: new Set([...COMMON, 'unsafeProbability']),
};
/** Field limits: generous next to what the answer schema keeps, so a valid run always fits. */
const MAX = { quote: 2000, claim: 2000, reasoning: 8000, check: 4000, model: 200, endpoint: 2000, promptVersion: 100, path: 4096 };

function text(value: unknown, max: number, allowEmpty = false): value is string {
  return typeof value === 'string' && value.length <= max && (allowEmpty || value.trim() !== '');
}

function positive(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function rangeProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return '"anchor" must be an object';
  }
  const a = value as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length === 1 && keys[0] === 'unanchored') {
    return a.unanchored === 'not found' || a.unanchored === 'ambiguous'
      ? undefined
      : '"anchor.unanchored" must be "not found" or "ambiguous"';
  }
  const fields = ['line', 'column', 'endLine', 'endColumn'];
  if (keys.length !== 4 || !keys.every((k) => fields.includes(k))) {
    return '"anchor" must be {line, column, endLine, endColumn} or {unanchored}';
  }
  if (!fields.every((k) => positive(a[k]))) {
    return '"anchor" positions must be positive integers';
  }
  if ((a.endLine as number) < (a.line as number)) {
    return '"anchor" ends before it starts';
  }
  return undefined;
}

/**
 * Checks a parsed JSON value against the record schema; returns why it is not a record. The reasons
 * name fields, never values: the file is not echoed.
 */
export function critiqueRecordProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'not a JSON object';
  }
  const r = value as Record<string, unknown>;
  if (r.v !== CRITIQUE_RECORD_FORMAT) {
    return `unsupported or missing format version (this Airlock reads version ${CRITIQUE_RECORD_FORMAT})`;
  }
  if (r.kind !== 'critique' && r.kind !== 'hunk') {
    return '"kind" must be "critique" or "hunk"';
  }
  const known = KNOWN[r.kind];
  if (Object.keys(r).some((k) => !known.has(k))) {
    return `a field that a "${r.kind}" record does not have`;
  }
  if (!text(r.time, 40) || !ISO_MS.test(r.time) || Number.isNaN(Date.parse(r.time))) {
    return '"time" must be an ISO 8601 UTC time with milliseconds (2026-01-31T12:00:00.000Z)';
  }
  if (!text(r.model, MAX.model)) {
    return `"model" must be a non-empty string of at most ${MAX.model} characters`;
  }
  if (!text(r.endpoint, MAX.endpoint, true)) {
    return `"endpoint" must be a string of at most ${MAX.endpoint} characters`;
  }
  if (!text(r.promptVersion, MAX.promptVersion)) {
    return '"promptVersion" must be a non-empty string';
  }
  if (!text(r.path, MAX.path) || r.path.startsWith('/') || r.path.split('/').includes('..')) {
    return '"path" must be a repository-relative path';
  }
  if (typeof r.hunkHash !== 'string' || !SHA256.test(r.hunkHash)) {
    return '"hunkHash" must be a SHA-256 hex digest';
  }
  if (!positive(r.startLine) || !positive(r.endLine) || r.endLine < r.startLine) {
    return '"startLine" and "endLine" must be positive integers, in order';
  }
  if (r.kind === 'critique') {
    for (const field of ['quote', 'claim', 'reasoning', 'check'] as const) {
      if (!text(r[field], MAX[field])) {
        return `"${field}" must be a non-empty string of at most ${MAX[field]} characters`;
      }
    }
    if (typeof r.category !== 'string' || !(CRITIQUE_CATEGORIES as readonly string[]).includes(r.category)) {
      return '"category" must be one of the categories or "correctness"';
    }
    if (typeof r.severity !== 'string' || !(SEVERITIES as readonly string[]).includes(r.severity)) {
      return `"severity" must be one of ${SEVERITIES.join(', ')}`;
    }
    const anchor = rangeProblem(r.anchor);
    if (anchor) {
      return anchor;
    }
  } else {
    const p = r.unsafeProbability;
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 1) {
      return '"unsafeProbability" must be a number from 0 to 1';
    }
  }
  if ((r.reviewer === undefined) !== (r.signature === undefined)) {
    return 'a signed record has both "reviewer" and "signature"; an unsigned one has neither';
  }
  if (r.reviewer !== undefined) {
    const reviewer = r.reviewer as Record<string, unknown> | null;
    if (reviewer === null || typeof reviewer !== 'object' || Array.isArray(reviewer)) {
      return '"reviewer" must be an object with name, email and keyId';
    }
    if (Object.keys(reviewer).some((k) => k !== 'name' && k !== 'email' && k !== 'keyId')) {
      return '"reviewer" has a field it does not know';
    }
    if (!text(reviewer.name, 200) || !text(reviewer.email, 320) || !text(reviewer.keyId, 64)) {
      return '"reviewer" must have string name, email and keyId';
    }
    if (!text(r.signature, 200) || !BASE64.test(r.signature)) {
      return '"signature" must be base64';
    }
  }
  return undefined;
}

/**
 * Reads the critiques file's text. Blank lines are allowed (a union merge can leave them); any other
 * line that is not a well-formed record is an error naming its line.
 */
export function parseCritiques(text: string, file: string): ParsedCritiques {
  const { values, errors } = parseJsonLines(text, file, critiqueRecordProblem);
  return { records: values.map(({ value, line }) => ({ record: value as CritiqueFileRecord, line })), errors };
}

// ---------------------------------------------------------------------------------------------
// The gate flags a critique file makes

export const CRITIQUE_RULE_ID = 'model/critique';
export const GAP_RULE_ID = 'model/suspicion-gap';
export const NOT_CRITIQUED_RULE_ID = 'model/not-critiqued';
/**
 * A suspicion gap says "something here may be unsafe or wrong" without saying what: no risk
 * category fits, so it is a correctness flag, at medium severity.
 */
export const GAP_CATEGORY = 'correctness' as const;
export const GAP_SEVERITY: Severity = 'medium';

const MODEL_FINGERPRINT_VERSION = 'airlock-model/v1';

/** What identifies a model flag: a critique (whatever its line), or a suspicion gap on a hunk. */
export type CritiqueFlagSubject =
  | { kind: 'critique'; path: string; hunkHash: string; quote: string; category: string; severity: string; claim: string }
  | { kind: 'gap'; path: string; hunkHash: string };

/**
 * The fingerprint of a model flag, as the gate and the ledger know it. It hashes the file, the
 * hunk's position-free hash and, for a critique, its quote (shared indentation removed), category,
 * severity and claim — never a line number, the model, the time or who ran it: a hunk that moves
 * keeps its flags, and the same critique recorded twice (or by two models) is one flag. An
 * in-memory critique maps to its gate flag with `critiqueFlagFingerprint({ kind: 'critique', ...c })`,
 * a suspicion gap with `{ kind: 'gap', ...gap }`.
 */
export function critiqueFlagFingerprint(subject: CritiqueFlagSubject): string {
  const parts =
    subject.kind === 'critique'
      ? ['critique', subject.path, subject.hunkHash, subject.category, subject.severity, subject.claim.trim(), normalizeCode(subject.quote)]
      : ['gap', subject.path, subject.hunkHash];
  return sha256Hex([MODEL_FINGERPRINT_VERSION, ...parts].join('\u0000')).slice(0, 32);
}

/** The code a resolution of a model flag approves: the quote's hash, or the hunk's for a gap. */
export function critiqueFlagCodeHash(subject: CritiqueFlagSubject): string {
  return subject.kind === 'critique' ? codeHashOf(normalizeCode(subject.quote)) : subject.hunkHash;
}
