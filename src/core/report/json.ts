/**
 * The JSON report: one shape shared by the CLI, the extension and scripts (documented in the
 * README). Keys are explicit so internal fields never leak.
 */
import type { ReportData } from './model';

export interface JsonFinding {
  ruleId: string;
  category: string;
  severity: string;
  message: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fingerprint: string;
  snippet: string;
  side: 'new' | 'removed' | null;
  source: 'static' | 'model';
  related?: { path: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
}

export interface JsonReport {
  tool: { name: string; version: string };
  command: 'scan' | 'review' | 'gate';
  base: string | null;
  capabilityDelta: ReportData['capabilityDelta'] | null;
  findings: JsonFinding[];
  notAnalyzed: { path: string; reason: string }[];
  errors: string[];
  /** Model critiques (`review --critique`), or null. */
  critique: ReportData['critique'] | null;
  /** The part of a sharded scan (`scan --shard K/N`), or null. */
  shard: { index: number; count: number } | null;
  /** Files analyzed (in a review: changed files). */
  filesAnalyzed: number;
  /** The ruleset version that made the findings (as `airlock gate` prints it). */
  ruleset: string | null;
}

export function toJsonReport(data: ReportData): JsonReport {
  return {
    tool: { name: data.tool.name, version: data.tool.version },
    command: data.command,
    base: data.base ?? null,
    capabilityDelta: data.capabilityDelta ?? null,
    findings: data.findings.map((f) => {
      const out: JsonFinding = {
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        message: f.message,
        path: f.path,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        fingerprint: f.fingerprint,
        snippet: f.snippet,
        side: f.side ?? null,
        source: f.source,
      };
      if (f.related && f.related.length > 0) {
        out.related = f.related.map((r) => ({
          path: r.path,
          line: r.line,
          column: r.column,
          endLine: r.endLine,
          endColumn: r.endColumn,
          message: r.message,
        }));
      }
      return out;
    }),
    notAnalyzed: data.notAnalyzed.map((n) => ({ path: n.path, reason: n.reason })),
    errors: [...data.errors],
    critique: data.critique ?? null,
    shard: data.shard ? { index: data.shard.index, count: data.shard.count } : null,
    filesAnalyzed: data.filesAnalyzed,
    ruleset: data.ruleset ?? null,
  };
}

export function formatJson(data: ReportData): string {
  return `${JSON.stringify(toJsonReport(data), null, 2)}\n`;
}
