/**
 * The gate's reports: one JSON shape that scripts and the extension read, and the text a person
 * reads in a terminal or a hook. SARIF reuses the review's SARIF with each flag's state.
 */
import type { GateFlagResult, GateResult, SetAside } from '../gate/gate';
import type { Policy } from '../ledger/config';
import { safeText } from './text';

export interface GateReportData {
  base: string;
  baseLabel: string;
  result: GateResult;
  policy?: Policy;
  reviewersSource: 'base' | 'bootstrap' | 'none';
  policySource: 'base' | 'default';
  tool: { name: string; version: string };
  /** The ruleset the gate ran (a base policy can pin it). */
  ruleset?: string;
}

export interface JsonGateFlag {
  fingerprint: string;
  id: string;
  ruleId: string;
  category: string;
  severity: string;
  source: 'static' | 'model';
  path: string;
  line: number;
  message: string;
  state: GateFlagResult['state'];
  reason: string;
  /** Something a person should know (a model flag whose quoted code is gone, say); absent when nothing. */
  notice?: string;
  blocking: boolean;
  resolution: GateFlagResult['resolution'] | null;
}

export interface JsonGateReport {
  tool: { name: string; version: string };
  blocked: boolean;
  base: string;
  baseLabel: string;
  flags: JsonGateFlag[];
  setAside: SetAside[];
  errors: string[];
  signaturesRequired: boolean;
  reviewers: GateReportData['reviewersSource'];
  policy: GateReportData['policySource'];
  ruleset?: string;
}

/** The short id people type: the first 8 hex digits of the fingerprint. */
export function shortId(fingerprint: string): string {
  return fingerprint.slice(0, 8);
}

export function toJsonGate(data: GateReportData): JsonGateReport {
  return {
    tool: data.tool,
    blocked: data.result.blocked,
    base: data.base,
    baseLabel: data.baseLabel,
    flags: data.result.flags.map((f) => ({
      fingerprint: f.fingerprint,
      id: shortId(f.fingerprint),
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      source: f.source,
      path: f.path,
      line: f.line,
      message: f.message,
      state: f.state,
      reason: f.reason,
      ...(f.notice ? { notice: f.notice } : {}),
      blocking: f.blocking,
      resolution: f.resolution ?? null,
    })),
    setAside: data.result.setAside,
    errors: data.result.errors,
    signaturesRequired: data.result.signaturesRequired,
    reviewers: data.reviewersSource,
    policy: data.policySource,
    ...(data.ruleset ? { ruleset: data.ruleset } : {}),
  };
}

export function formatGateJson(data: GateReportData): string {
  return `${JSON.stringify(toJsonGate(data), null, 2)}\n`;
}

const STATE_ORDER: Record<GateFlagResult['state'], number> = { invalid: 0, stale: 1, unresolved: 2, resolved: 3 };

export function formatGateText(data: GateReportData, color: boolean): string {
  const paint = (code: number, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const { result } = data;
  const lines: string[] = [];
  const blocking = result.flags.filter((f) => f.blocking);
  const resolved = result.flags.filter((f) => f.state === 'resolved').length;
  if (result.errors.length > 0) {
    lines.push(paint(31, 'Airlock gate: cannot decide'));
    for (const error of result.errors) {
      lines.push(`  ${safeText(error)}`);
    }
  } else if (result.blocked) {
    lines.push(paint(31, `Airlock gate: merge blocked (${blocking.length} flag${blocking.length === 1 ? '' : 's'} need a person)`));
  } else {
    lines.push(paint(32, 'Airlock gate: ready to merge'));
  }
  lines.push(`Base: ${safeText(data.baseLabel)}`);
  lines.push(`Flags: ${resolved} of ${result.flags.length} resolved`);
  const reviewers =
    data.reviewersSource === 'base'
      ? 'reviewers from the base’s .airlock/reviewers.json'
      : data.reviewersSource === 'bootstrap'
        ? 'reviewers from this change’s .airlock/reviewers.json (the base has none: first registration)'
        : 'no reviewers registered (airlock keys init --register)';
  const signatures = result.signaturesRequired ? 'signatures required' : 'signatures not required';
  const policy = data.policySource === 'base' ? 'policy from the base’s .airlock/policy.json' : 'default policy';
  const blocks = data.policy ? ` (blocks ${data.policy.block.join(', ') || 'nothing'})` : '';
  const pinned = data.policy?.ruleset ? ` (pinned by the policy)` : '';
  lines.push(`Policy: ${reviewers}; ${signatures}; ${policy}${blocks}`);
  if (data.ruleset) {
    lines.push(`Ruleset: ${data.ruleset}${pinned}`);
  }
  const shown = [...result.flags].sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      a.line - b.line,
  );
  if (shown.length > 0) {
    lines.push('');
  }
  for (const f of shown) {
    const state = f.state === 'resolved' ? paint(32, f.state) : f.blocking ? paint(31, f.state) : paint(33, `${f.state} (not blocking)`);
    lines.push(`${shortId(f.fingerprint)}  ${safeText(f.path)}:${f.line}  ${f.severity}  ${f.category}  ${f.ruleId}  ${state}`);
    lines.push(`          ${safeText(f.message)}`);
    if (f.notice) {
      lines.push(`          ${paint(33, `note: ${safeText(f.notice)}`)}`);
    }
    lines.push(`          ${paint(90, safeText(f.reason))}`);
  }
  if (result.setAside.length > 0) {
    lines.push('', 'Ledger records that do not count:');
    for (const s of result.setAside) {
      const where = s.ledgerLine > 0 ? `.airlock/ledger.jsonl:${s.ledgerLine}` : '.airlock/ledger.jsonl (an earlier version)';
      lines.push(`  ${where}  ${shortId(s.fingerprint)}  ${safeText(s.reason)}`);
    }
  }
  if (blocking.length > 0) {
    lines.push('', 'Resolve each flag after reading it: airlock resolve ID --verdict fixed|accepted-risk|false-positive --note "why"');
  }
  return `${lines.join('\n')}\n`;
}
