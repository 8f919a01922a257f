/**
 * One file's scan outcome as a findings cache stores it: exactly what a scan keeps of the file's
 * analysis (its findings, every field, and its not-analyzed reason), and nothing else. The cache
 * is read back as untrusted input: `decodeOutcome` checks the shape of every field and returns
 * undefined for anything else, so a damaged entry means the file is analyzed again.
 */
import type { EngineFinding } from '../engine/analyze';
import { INTERNAL_ERROR } from '../engine/builtin';
import { isCategory, isSeverity, type NotAnalyzed, type RelatedLocation } from '../model/finding';

/** What a scan keeps of one file. */
export interface FileOutcome {
  findings: EngineFinding[];
  notAnalyzed?: NotAnalyzed;
}

/** The stored form: plain JSON, explicit keys, optional fields only when set. */
export type StoredOutcome = { findings: Record<string, unknown>[]; notAnalyzed: { path: string; reason: string } | null };

const RANGE_KEYS = ['line', 'column', 'endLine', 'endColumn'] as const;

export function encodeOutcome(outcome: FileOutcome): StoredOutcome {
  return {
    findings: outcome.findings.map((f) => {
      const out: Record<string, unknown> = {
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        message: f.message,
        path: f.path,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        snippet: f.snippet,
        fingerprint: f.fingerprint,
        source: f.source,
        code: f.code,
        messageId: f.messageId,
      };
      if (f.side !== undefined) {
        out.side = f.side;
      }
      if (f.related !== undefined) {
        out.related = f.related.map((r) => ({
          path: r.path,
          line: r.line,
          column: r.column,
          endLine: r.endLine,
          endColumn: r.endColumn,
          message: r.message,
        }));
      }
      if (f.fileLevel !== undefined) {
        out.fileLevel = f.fileLevel;
      }
      if (f.lineHash !== undefined) {
        out.lineHash = f.lineHash;
      }
      if (f.codeHash !== undefined) {
        out.codeHash = f.codeHash;
      }
      if (f.occurrence !== undefined) {
        out.occurrence = f.occurrence;
      }
      return out;
    }),
    notAnalyzed: outcome.notAnalyzed ? { path: outcome.notAnalyzed.path, reason: outcome.notAnalyzed.reason } : null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPositiveInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

function hasRange(value: Record<string, unknown>): boolean {
  return RANGE_KEYS.every((k) => isPositiveInt(value[k]));
}

function decodeRelated(value: unknown): RelatedLocation | undefined {
  if (!isRecord(value) || typeof value.path !== 'string' || typeof value.message !== 'string' || !hasRange(value)) {
    return undefined;
  }
  return {
    path: value.path,
    line: value.line as number,
    column: value.column as number,
    endLine: value.endLine as number,
    endColumn: value.endColumn as number,
    message: value.message,
  };
}

function optional<T>(value: unknown, check: (v: unknown) => v is T): { ok: boolean; value?: T } {
  return value === undefined ? { ok: true } : check(value) ? { ok: true, value } : { ok: false };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isSide = (v: unknown): v is 'new' | 'removed' => v === 'new' || v === 'removed';
const isOccurrence = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function decodeFinding(value: unknown, path: string): EngineFinding | undefined {
  if (
    !isRecord(value) ||
    typeof value.ruleId !== 'string' ||
    typeof value.category !== 'string' ||
    !isCategory(value.category) ||
    typeof value.severity !== 'string' ||
    !isSeverity(value.severity) ||
    typeof value.message !== 'string' ||
    value.path !== path ||
    !hasRange(value) ||
    typeof value.snippet !== 'string' ||
    typeof value.fingerprint !== 'string' ||
    (value.source !== 'static' && value.source !== 'model') ||
    typeof value.code !== 'string' ||
    typeof value.messageId !== 'string'
  ) {
    return undefined;
  }
  const side = optional(value.side, isSide);
  const fileLevel = optional(value.fileLevel, isBoolean);
  const lineHash = optional(value.lineHash, isString);
  const codeHash = optional(value.codeHash, isString);
  const occurrence = optional(value.occurrence, isOccurrence);
  if (!side.ok || !fileLevel.ok || !lineHash.ok || !codeHash.ok || !occurrence.ok) {
    return undefined;
  }
  const finding: EngineFinding = {
    ruleId: value.ruleId,
    category: value.category,
    severity: value.severity,
    message: value.message,
    path,
    line: value.line as number,
    column: value.column as number,
    endLine: value.endLine as number,
    endColumn: value.endColumn as number,
    snippet: value.snippet,
    fingerprint: value.fingerprint,
    source: value.source,
    code: value.code,
    messageId: value.messageId,
  };
  if (value.related !== undefined) {
    if (!Array.isArray(value.related)) {
      return undefined;
    }
    const related = value.related.map(decodeRelated);
    if (related.some((r) => r === undefined)) {
      return undefined;
    }
    finding.related = related as RelatedLocation[];
  }
  if (side.value !== undefined) {
    finding.side = side.value;
  }
  if (fileLevel.value !== undefined) {
    finding.fileLevel = fileLevel.value;
  }
  if (lineHash.value !== undefined) {
    finding.lineHash = lineHash.value;
  }
  if (codeHash.value !== undefined) {
    finding.codeHash = codeHash.value;
  }
  if (occurrence.value !== undefined) {
    finding.occurrence = occurrence.value;
  }
  return finding;
}

/**
 * A stored outcome for the file at `path`, or undefined when anything about it is off: a missing
 * or mistyped field, an unknown category or severity, a finding or reason for another path.
 */
export function decodeOutcome(value: unknown, path: string): FileOutcome | undefined {
  if (!isRecord(value) || !Array.isArray(value.findings)) {
    return undefined;
  }
  const findings: EngineFinding[] = [];
  for (const raw of value.findings) {
    const finding = decodeFinding(raw, path);
    if (!finding) {
      return undefined;
    }
    findings.push(finding);
  }
  if (value.notAnalyzed === null) {
    return { findings };
  }
  const n = value.notAnalyzed;
  if (!isRecord(n) || n.path !== path || typeof n.reason !== 'string') {
    return undefined;
  }
  return { findings, notAnalyzed: { path, reason: n.reason } };
}

/**
 * Whether an outcome may be cached: not when a rule crashed (the crash may be the machine's, not
 * the file's), nor when the analysis came near its time budget (on a less busy machine it might
 * finish, or, cached, a slow file would keep its "time limit" verdict).
 */
export function isCacheable(outcome: FileOutcome, elapsedMs: number, timeLimitMs: number): boolean {
  return elapsedMs < timeLimitMs / 2 && !outcome.findings.some((f) => f.ruleId === INTERNAL_ERROR.id);
}
