/**
 * `airlock merge`: scan reports (the shards of one scan, or scans of different folders) joined
 * into one report, exactly what a single scan of the whole would write: findings without
 * duplicates in the scan's order, the union of the files not analyzed, files analyzed summed.
 */
import { compareFindings, type NotAnalyzed } from '../model/finding';
import type { ReportFinding } from './model';
import { ReportInputError, type ScanReport } from './read';

export interface MergedScan {
  findings: ReportFinding[];
  notAnalyzed: NotAnalyzed[];
  errors: string[];
  filesAnalyzed: number;
  /** The first SARIF report's root, if any report was SARIF. */
  root?: string;
}

/**
 * One finding per (fingerprint, rule, path, line): a finding found in several reports (the same
 * folder scanned twice, a shard given as JSON and as SARIF) counts once.
 */
function findingKey(f: ReportFinding): string {
  return `${f.fingerprint}\u0000${f.ruleId}\u0000${f.path}\u0000${f.line}`;
}

/**
 * Of two copies of one finding: the texts of the JSON copy (SARIF rewords messages as sentences),
 * GitHub's line hash from whichever has it (only SARIF does).
 */
function better(
  seen: { finding: ReportFinding; json: boolean },
  next: ReportFinding,
  json: boolean,
): { finding: ReportFinding; json: boolean } {
  const base = !seen.json && json ? { finding: next, json } : seen;
  const lineHash = seen.finding.lineHash ?? next.lineHash;
  return lineHash === undefined || base.finding.lineHash === lineHash ? base : { finding: { ...base.finding, lineHash }, json: base.json };
}

/**
 * Shards must come complete: N reports of `--shard K/N` for every K, all with the same N, or the
 * merged report would pass over a part of the tree in silence. A shard given twice counts once.
 */
function checkShards(reports: readonly ScanReport[]): void {
  const sharded = reports.filter((r) => r.shard);
  if (sharded.length === 0) {
    return;
  }
  const counts = [...new Set(sharded.map((r) => r.shard?.count))];
  if (counts.length > 1) {
    throw new ReportInputError(
      `the reports are shards of different splits (${sharded.map((r) => `${r.name}: ${r.shard?.index}/${r.shard?.count}`).join(', ')})`,
    );
  }
  const count = counts[0] as number;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !sharded.some((r) => r.shard?.index === k));
  if (missing.length > 0) {
    throw new ReportInputError(
      `shard${missing.length === 1 ? '' : 's'} ${missing.map((k) => `${k}/${count}`).join(', ')} missing: give every shard's report`,
    );
  }
}

export function mergeScanReports(reports: readonly ScanReport[]): MergedScan {
  checkShards(reports);
  const findings = new Map<string, { finding: ReportFinding; json: boolean }>();
  const notAnalyzed = new Map<string, { n: NotAnalyzed; json: boolean }>();
  const errors = new Set<string>();
  const countedShards = new Set<number>();
  let filesAnalyzed = 0;
  for (const report of reports) {
    const json = report.format === 'json';
    for (const f of report.findings) {
      const key = findingKey(f);
      const seen = findings.get(key);
      findings.set(key, seen ? better(seen, f, json) : { finding: f, json });
    }
    // A file is not analyzed for one reason; its JSON wording is the exact one.
    for (const n of report.notAnalyzed) {
      const seen = notAnalyzed.get(n.path);
      if (!seen || (!seen.json && json)) {
        notAnalyzed.set(n.path, { n, json });
      }
    }
    for (const e of report.errors) {
      errors.add(e);
    }
    if (!report.shard) {
      filesAnalyzed += report.filesAnalyzed;
    } else if (!countedShards.has(report.shard.index)) {
      countedShards.add(report.shard.index);
      filesAnalyzed += report.filesAnalyzed;
    }
  }
  return {
    // The scan's order; ties (one file's findings at one place) keep their report's order.
    findings: [...findings.values()].map((e) => e.finding).sort(compareFindings),
    notAnalyzed: [...notAnalyzed.values()].map((e) => e.n).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    errors: [...errors],
    filesAnalyzed,
    root: reports.find((r) => r.root !== undefined)?.root,
  };
}
