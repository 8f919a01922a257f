/** What every report format is written from. */
import type { RuleMeta } from '../engine/rule';
import type { Finding, NotAnalyzed } from '../model/finding';
import type { CapabilityDelta } from '../review/delta';
import type { GateFlagResult } from '../gate/gate';
import type { CritiqueReport } from '../critique/run';
import type { Shard } from '../scan/shard';

/** What reports print of a finding: the finding, and GitHub's line hash when it was computed (SARIF). */
export type ReportFinding = Finding & { lineHash?: string };

export interface ReportData {
  command: 'scan' | 'review' | 'gate';
  /** Model critiques, when asked for (`review --critique`). They add to the static findings, never replace them. */
  critique?: CritiqueReport;
  /** For the gate: each flag's state by fingerprint (SARIF marks resolved flags as suppressed). */
  states?: ReadonlyMap<string, GateFlagResult>;
  tool: { name: string; version: string; informationUri: string };
  /** What a review compared against; undefined for scans. */
  base?: string;
  capabilityDelta?: CapabilityDelta;
  findings: ReportFinding[];
  notAnalyzed: NotAnalyzed[];
  errors: string[];
  /** Every rule's metadata (for SARIF `rules[]` and docs links). */
  rules: RuleMeta<unknown>[];
  /** Absolute root the paths are relative to. */
  root: string;
  filesAnalyzed: number;
  /** The part of a sharded scan (`scan --shard K/N`); undefined for a whole scan. */
  shard?: Shard;
  /** The version of the ruleset that made the findings (as the gate prints it), for the JSON report. */
  ruleset?: string;
}

export function ruleDocsUri(informationUri: string, ruleId: string): string {
  return `${informationUri}/blob/main/docs/rules.md#${ruleId.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
}
