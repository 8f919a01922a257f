/** The thirteen categories of risk Airlock knows. The order is the display order. */
export const CATEGORIES = [
  'randomness',
  'filesystem',
  'network',
  'process',
  'dynamic-code',
  'sandbox-escape',
  'secrets',
  'obfuscation',
  'evaluation-tampering',
  'trigger',
  'supply-chain',
  'prompt-injection',
  'insecure-config',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  return severityRank(a) >= severityRank(b) ? a : b;
}

/** 1-based line and column, end inclusive of the last character's line, exclusive column (like ESLint and SARIF). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Side = 'new' | 'removed';
export type FindingSource = 'static' | 'model';

export interface RelatedLocation extends Range {
  path: string;
  message: string;
}

export interface Finding extends Range {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  /** Repository- or scan-root-relative path with forward slashes. */
  path: string;
  /** The flagged source line(s), as text. */
  snippet: string;
  fingerprint: string;
  /** Present in diff reviews. */
  side?: Side;
  source: FindingSource;
  related?: RelatedLocation[];
}

/** A file that could not be (fully) analyzed. */
export interface NotAnalyzed {
  path: string;
  reason: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn
  );
}
