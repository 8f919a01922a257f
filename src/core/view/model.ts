/**
 * The sidebar's view model, built from a review's or an audit's findings: filters, grouping by
 * file then category, counts and the progress line. Pure; the extension pushes the result whole.
 */
import type { RuleMeta } from '../engine/rule';
import { CATEGORIES, SEVERITIES, severityRank, type Finding, type Severity } from '../model/finding';
import type { CapabilityDelta } from '../review/delta';
import type { GateFlagResult, GateResult } from '../gate/gate';
import { critiqueCard, type CritiqueFlag, type CritiqueSummaryView } from './critique';
import { FLAG_STATES } from './protocol';
import type {
  CardView,
  CritiqueCardViewList,
  ExplainView,
  FileGroupView,
  Filters,
  FlagState,
  GateView,
  ResolutionView,
  SidebarState,
  ViewStatus,
} from './protocol';

export const NO_FILTERS: Filters = { categories: [], severities: [], states: [] };

/** The results a state is built from; `findings` are the ones shown anywhere (min severity already applied). */
export interface ViewResults {
  mode: 'review' | 'audit';
  title: string;
  findings: readonly Finding[];
  delta?: CapabilityDelta;
  notAnalyzed: number;
}

/** The findings at or above a minimum severity. */
export function atLeast<T extends Pick<Finding, 'severity'>>(findings: readonly T[], min: Severity): T[] {
  const rank = severityRank(min);
  return findings.filter((f) => severityRank(f.severity) >= rank);
}

export function matchesFilters(finding: Finding, filters: Filters): boolean {
  return (
    (filters.categories.length === 0 || filters.categories.includes(finding.category)) &&
    (filters.severities.length === 0 || filters.severities.includes(finding.severity))
  );
}

/** The gate's verdict on each flag (by fingerprint), and its summary, when the gate ran. */
export interface GateStates {
  flags: ReadonlyMap<string, GateFlagResult>;
  view: GateView;
}

export function gateStates(result: GateResult): GateStates {
  const blocking = result.flags.filter((f) => f.blocking).length;
  const resolved = result.flags.filter((f) => f.state === 'resolved').length;
  const text =
    result.errors.length > 0
      ? `The gate cannot decide: ${result.errors[0]}`
      : blocking > 0
        ? `Merge blocked: ${blocking} ${blocking === 1 ? 'flag needs' : 'flags need'} a person`
        : 'Ready to merge';
  return {
    flags: new Map(result.flags.map((f) => [f.fingerprint, f])),
    view: {
      status: result.errors.length > 0 ? 'error' : result.blocked ? 'blocked' : 'ready',
      text,
      blocking,
      resolved,
      total: result.flags.length,
    },
  };
}

function resolutionView(judged: GateFlagResult | undefined): ResolutionView | undefined {
  const resolution = judged?.resolution;
  return resolution
    ? {
        verdict: resolution.action === 'unresolve' ? 'reopened' : (resolution.verdict ?? ''),
        reviewer: `${resolution.reviewer.name} <${resolution.reviewer.email}>`,
        time: resolution.time,
        note: resolution.note,
      }
    : undefined;
}

function card(finding: Finding, index: number, gate?: GateStates): CardView {
  const judged = gate?.flags.get(finding.fingerprint);
  const resolution = resolutionView(judged);
  return {
    index,
    severity: finding.severity,
    category: finding.category,
    ruleId: finding.ruleId,
    message: finding.message,
    path: finding.path,
    line: finding.line,
    column: finding.column,
    snippet: finding.snippet,
    state: judged ? judged.state : 'open',
    id: finding.fingerprint.slice(0, 8),
    ...(judged ? { reason: judged.reason } : {}),
    ...(resolution ? { resolution } : {}),
  };
}

/** The model's critiques of a review, with the last run's summary. */
export interface CritiqueResults {
  flags: readonly CritiqueFlag[];
  summary: CritiqueSummaryView;
}

function critiqueMatches(flag: CritiqueFlag, filters: Filters): boolean {
  return (
    (filters.categories.length === 0 || (filters.categories as readonly string[]).includes(flag.category)) &&
    (filters.severities.length === 0 || filters.severities.includes(flag.severity))
  );
}

/**
 * Files in path order; inside a file, categories in display order, then cards by severity (high
 * first) and line; the file's model critiques after its static flags, each naming the static
 * flags on its lines.
 */
export function groupFindings(
  findings: readonly Finding[],
  filters: Filters = NO_FILTERS,
  gate?: GateStates,
  critiques?: readonly CritiqueFlag[],
): FileGroupView[] {
  const byPath = new Map<string, CardView[]>();
  const stateShown = (state: FlagState): boolean => !filters.states || filters.states.length === 0 || filters.states.includes(state);
  findings.forEach((finding, index) => {
    if (!matchesFilters(finding, filters)) {
      return;
    }
    const shown = card(finding, index, gate);
    if (!stateShown(shown.state)) {
      return;
    }
    const list = byPath.get(finding.path) ?? [];
    list.push(shown);
    byPath.set(finding.path, list);
  });
  const statics = findings.map((f) => ({ path: f.path, line: f.line, id: f.fingerprint.slice(0, 8) }));
  const critiqueCards = new Map<string, CritiqueCardViewList>();
  (critiques ?? []).forEach((flag, index) => {
    if (!critiqueMatches(flag, filters)) {
      return;
    }
    const judged = gate?.flags.get(flag.fingerprint);
    if (!stateShown(judged?.state ?? 'open')) {
      return;
    }
    const list = critiqueCards.get(flag.path) ?? [];
    list.push(critiqueCard(flag, index, statics, judged ? { state: judged.state, resolution: resolutionView(judged) } : undefined));
    critiqueCards.set(flag.path, list);
  });
  return [...new Set([...byPath.keys(), ...critiqueCards.keys()])]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((path) => {
      const cards = byPath.get(path) ?? [];
      const categories = CATEGORIES.filter((c) => cards.some((k) => k.category === c)).map((category) => ({
        category,
        cards: cards
          .filter((k) => k.category === category)
          .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.line - b.line || a.column - b.column),
      }));
      const modelCards = (critiqueCards.get(path) ?? []).sort(
        (a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || severityRank(b.severity) - severityRank(a.severity),
      );
      return { path, count: cards.length + modelCards.length, categories, critiques: modelCards };
    });
}

export function progressLine(total: number, shown: number, resolved?: number): string {
  const flags = resolved === undefined ? `${total} ${total === 1 ? 'flag' : 'flags'}` : `${resolved} of ${total} resolved`;
  return shown === total ? flags : `${flags} (${shown} shown)`;
}

export function explainView(meta: RuleMeta<unknown>): ExplainView {
  return { ruleId: meta.id, category: meta.category, severity: meta.severity, summary: meta.summary, why: meta.why };
}

function counts<T extends string>(values: readonly T[], order: readonly T[]): { value: T; count: number }[] {
  return order.map((value) => ({ value, count: values.filter((v) => v === value).length })).filter((c) => c.count > 0);
}

/** A state without results: the empty, loading, error, no-folder and not-a-repository screens. */
export function statusState(status: ViewStatus, title: string, detail: string, filters: Filters = NO_FILTERS): SidebarState {
  return {
    status,
    title,
    detail,
    groups: [],
    progress: progressLine(0, 0),
    total: 0,
    shown: 0,
    filters,
    available: { categories: [], severities: [] },
    notAnalyzed: 0,
  };
}

export function resultsState(
  results: ViewResults,
  filters: Filters,
  explain?: ExplainView,
  gate?: GateStates,
  critiques?: CritiqueResults,
): SidebarState {
  const groups = groupFindings(results.findings, filters, gate, critiques?.flags);
  const shown = groups.reduce((n, g) => n + g.count, 0);
  const fingerprints = [...results.findings.map((f) => f.fingerprint), ...(critiques?.flags ?? []).map((f) => f.fingerprint)];
  const total = fingerprints.length;
  const resolved = gate ? fingerprints.filter((fp) => gate.flags.get(fp)?.state === 'resolved').length : undefined;
  return {
    status: 'ready',
    title: results.title,
    detail: total === 0 ? (results.mode === 'review' ? 'No flags on the changed lines.' : 'No flags in the audited files.') : '',
    mode: results.mode,
    ...(results.delta
      ? {
          delta: {
            summary: results.delta.summary,
            adds: results.delta.adds.map((a) => ({ category: a.category, kind: a.kind, label: a.label, findings: a.findings })),
          },
        }
      : {}),
    groups,
    progress: progressLine(total, shown, resolved),
    total,
    shown,
    filters,
    available: {
      categories: counts(
        results.findings.map((f) => f.category),
        CATEGORIES,
      ).map((c) => ({ category: c.value, count: c.count })),
      severities: counts(
        results.findings.map((f) => f.severity),
        [...SEVERITIES].reverse(),
      ).map((c) => ({ severity: c.value, count: c.count })),
      states: counts(
        fingerprints.map((fp) => gate?.flags.get(fp)?.state ?? 'open'),
        FLAG_STATES,
      ).map((c) => ({ state: c.value, count: c.count })),
    },
    ...(explain ? { explain } : {}),
    notAnalyzed: results.notAnalyzed,
    ...(gate ? { gate: gate.view } : {}),
    ...(critiques ? { critique: critiques.summary } : {}),
  };
}

/** The diagnostic level of each severity: the one table (the extension maps names to its enum). */
export const DIAGNOSTIC_LEVEL: Record<Severity, 'error' | 'warning' | 'information' | 'hint'> = {
  high: 'error',
  medium: 'warning',
  low: 'information',
  info: 'hint',
};

/** The diagnostic message: the finding's message with its category and severity, and who resolved it. */
export function diagnosticMessage(finding: Pick<Finding, 'message' | 'category' | 'severity'>, judged?: GateFlagResult): string {
  const base = `${finding.message} [${finding.category}, ${finding.severity}]`;
  const r = judged?.resolution;
  if (judged?.state === 'resolved' && r) {
    return `${base} (resolved: ${r.verdict ?? 'resolved'} by ${r.reviewer.name})`;
  }
  return judged && judged.state !== 'unresolved' ? `${base} (${judged.state}: ${judged.reason})` : base;
}

/** A resolved flag stays in the Problems panel, but as information, not an error (hints are not listed there). */
export function diagnosticLevel(finding: Pick<Finding, 'severity'>, judged?: GateFlagResult): (typeof DIAGNOSTIC_LEVEL)[Severity] {
  return judged?.state === 'resolved' ? 'information' : DIAGNOSTIC_LEVEL[finding.severity];
}

/** "Airlock: merge blocked (3)", "Airlock: ready to merge", or without the gate "Airlock: 3 open". */
export function statusText(open: number | undefined, gate?: GateView): string {
  if (gate) {
    return gate.status === 'error'
      ? 'Airlock: gate error'
      : gate.status === 'blocked'
        ? `Airlock: merge blocked (${gate.blocking})`
        : 'Airlock: ready to merge';
  }
  return open === undefined ? 'Airlock' : `Airlock: ${open} open`;
}
