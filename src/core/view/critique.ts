/**
 * Model critiques as the editor shows them: one flag per critique and per suspicion gap, each
 * with the fingerprint the ledger knows it by, and the sidebar's cards and run summary. Pure.
 * Critiques only add flags: nothing here touches a static flag or its state.
 */
import { critiqueFlagFingerprint } from '../critique/record';
import type { CritiqueReport } from '../critique/run';
import type { CritiqueCategory } from '../critique/schema';
import type { Range, Severity } from '../model/finding';
import type { FlagState, ResolutionView } from './protocol';

export const CRITIQUE_RULE = 'model/critique';
export const GAP_RULE = 'model/suspicion-gap';

export interface CritiqueFlag {
  kind: 'critique' | 'gap';
  ruleId: typeof CRITIQUE_RULE | typeof GAP_RULE;
  path: string;
  /** Where the quote is (a gap: the hunk's changed lines); absent when the quote could not be placed. */
  range?: Range;
  hunk: string;
  hunkHash: string;
  category: CritiqueCategory;
  severity: Severity;
  claim: string;
  reasoning: string;
  check: string;
  quote: string;
  unanchored?: 'not found' | 'ambiguous';
  probability?: number;
  fingerprint: string;
}

export function gapClaim(probability: number): string {
  return `The model suspects an unexplained problem in this hunk (probability ${probability.toFixed(2)}) but wrote no critique: read it closely.`;
}

/** The run's critiques and gaps as flags, fingerprinted as the merge gate knows them. */
export function critiqueFlags(report: CritiqueReport): CritiqueFlag[] {
  const out: CritiqueFlag[] = report.critiques.map((c) => ({
    kind: 'critique',
    ruleId: CRITIQUE_RULE,
    path: c.path,
    ...(c.range ? { range: c.range } : {}),
    hunk: c.hunk,
    hunkHash: c.hunkHash,
    category: c.category,
    severity: c.severity,
    claim: c.claim,
    reasoning: c.reasoning,
    check: c.check,
    quote: c.quote,
    ...(c.unanchored ? { unanchored: c.unanchored } : {}),
    fingerprint: critiqueFlagFingerprint({ kind: 'critique', ...c }),
  }));
  for (const g of report.gaps) {
    out.push({
      kind: 'gap',
      ruleId: GAP_RULE,
      path: g.path,
      range: g.range,
      hunk: g.hunk,
      hunkHash: g.hunkHash,
      category: 'correctness',
      severity: 'medium',
      claim: gapClaim(g.probability),
      reasoning: 'Models can often tell that something is wrong before they can say what. That gap is where a person must look.',
      check: 'Read every changed line of the hunk; look for what a test or a quick read would miss.',
      quote: '',
      probability: g.probability,
      fingerprint: critiqueFlagFingerprint({ kind: 'gap', ...g }),
    });
  }
  return out;
}

/** The diagnostic message of a critique flag (plain text). */
export function critiqueDiagnosticMessage(flag: CritiqueFlag): string {
  return `${flag.claim} [${flag.category}, ${flag.severity}] Check: ${flag.check}`;
}

export interface CritiqueCardView {
  /** Index into the session's critique flags; the webview sends it back. */
  index: number;
  kind: 'critique' | 'gap';
  category: CritiqueCategory;
  severity: Severity;
  claim: string;
  reasoning: string;
  check: string;
  quote: string;
  path: string;
  /** Absent when unanchored. */
  line?: number;
  column?: number;
  unanchored?: string;
  probability?: number;
  /** Short ids of the static flags on the same lines. */
  near: string[];
  id: string;
  /** The gate's state for the flag, when the gate knows it; `open` otherwise. */
  state: FlagState;
  resolution?: ResolutionView;
}

export interface CritiqueSummaryView {
  status: 'running' | 'done';
  /** "3 critiques (1 unanchored), 1 suspicion gap" or "Critiquing: 2 of 5 hunks". */
  text: string;
  /** "gpt-4o-mini via https://api.openai.com/v1: 3,210 tokens (2,900 prompt, 310 completion), 2 requests, 1 cached". */
  cost: string;
  /** Faults, hunks not critiqued, answers dropped: each a sentence. */
  notes: string[];
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function costLine(report: Pick<CritiqueReport, 'model' | 'endpoint' | 'usage'>): string {
  const u = report.usage;
  const tokens = u.promptTokens + u.completionTokens;
  return `${report.model} via ${report.endpoint}: ${u.estimated ? 'about ' : ''}${plural(tokens, 'token')} (${u.promptTokens.toLocaleString('en-US')} prompt, ${u.completionTokens.toLocaleString('en-US')} completion), ${plural(u.requests, 'request')}, ${u.cached.toLocaleString('en-US')} cached`;
}

export function critiqueSummary(report: CritiqueReport, flags: readonly CritiqueFlag[]): CritiqueSummaryView {
  const critiques = flags.filter((f) => f.kind === 'critique');
  const unanchored = critiques.filter((f) => f.unanchored).length;
  const gaps = flags.length - critiques.length;
  const notes = [...report.errors];
  if (report.notCritiqued.length > 0) {
    notes.push(`Not critiqued: ${report.notCritiqued.join(', ')}.`);
  }
  if (report.dropped > 0) {
    notes.push(
      `${plural(report.dropped, 'critique')} did not match the answer schema and ${report.dropped === 1 ? 'was' : 'were'} dropped.`,
    );
  }
  const text =
    report.hunks.length === 0
      ? 'Nothing to critique: the change has no text hunks.'
      : `${plural(critiques.length, 'critique')}${unanchored > 0 ? ` (${unanchored} unanchored)` : ''}, ${plural(gaps, 'suspicion gap')} in ${plural(report.hunks.filter((h) => h.critiqued).length, 'critiqued hunk')}`;
  return { status: 'done', text, cost: costLine(report), notes };
}

export function runningSummary(
  done: number,
  total: number,
  model: string,
  endpoint: string,
  usage: CritiqueReport['usage'],
): CritiqueSummaryView {
  return {
    status: 'running',
    text: `Critiquing: ${done} of ${plural(total, 'hunk')}`,
    cost: costLine({ model, endpoint, usage }),
    notes: [],
  };
}

function overlaps(a: Range, line: number): boolean {
  return line >= a.line && line <= a.endLine;
}

export interface StaticCardRef {
  path: string;
  line: number;
  id: string;
}

export function critiqueCard(
  flag: CritiqueFlag,
  index: number,
  statics: readonly StaticCardRef[],
  judged?: { state: FlagState; resolution?: ResolutionView },
): CritiqueCardView {
  return {
    index,
    kind: flag.kind,
    category: flag.category,
    severity: flag.severity,
    claim: flag.claim,
    reasoning: flag.reasoning,
    check: flag.check,
    quote: flag.quote,
    path: flag.path,
    ...(flag.range ? { line: flag.range.line, column: flag.range.column } : {}),
    ...(flag.unanchored ? { unanchored: flag.unanchored } : {}),
    ...(flag.probability !== undefined ? { probability: flag.probability } : {}),
    near: flag.range ? statics.filter((s) => s.path === flag.path && overlaps(flag.range as Range, s.line)).map((s) => s.id) : [],
    id: flag.fingerprint.slice(0, 8),
    state: judged?.state ?? 'open',
    ...(judged?.resolution ? { resolution: judged.resolution } : {}),
  };
}
