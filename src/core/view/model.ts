/**
 * The sidebar's view model, built from a review's or an audit's findings: filters, grouping by
 * file then category, counts and the progress line. Pure; the extension pushes the result whole.
 */
import type { RuleMeta } from '../engine/rule';
import { CATEGORIES, SEVERITIES, severityRank, type Finding, type Severity } from '../model/finding';
import type { CapabilityDelta } from '../review/delta';
import type { CardView, ExplainView, FileGroupView, Filters, SidebarState, ViewStatus } from './protocol';

export const NO_FILTERS: Filters = { categories: [], severities: [] };

/** The results a state is built from; `findings` are the ones shown anywhere (min severity already applied). */
export interface ViewResults {
  mode: 'review' | 'audit';
  title: string;
  findings: readonly Finding[];
  delta?: CapabilityDelta;
  notAnalyzed: number;
}

/** The findings at or above a minimum severity. */
export function atLeast<T extends Finding>(findings: readonly T[], min: Severity): T[] {
  const rank = severityRank(min);
  return findings.filter((f) => severityRank(f.severity) >= rank);
}

export function matchesFilters(finding: Finding, filters: Filters): boolean {
  return (
    (filters.categories.length === 0 || filters.categories.includes(finding.category)) &&
    (filters.severities.length === 0 || filters.severities.includes(finding.severity))
  );
}

function card(finding: Finding, index: number): CardView {
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
    state: 'open',
  };
}

/** Files in path order; inside a file, categories in display order, then cards by severity (high first) and line. */
export function groupFindings(findings: readonly Finding[], filters: Filters = NO_FILTERS): FileGroupView[] {
  const byPath = new Map<string, CardView[]>();
  findings.forEach((finding, index) => {
    if (!matchesFilters(finding, filters)) {
      return;
    }
    const list = byPath.get(finding.path) ?? [];
    list.push(card(finding, index));
    byPath.set(finding.path, list);
  });
  return [...byPath.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((path) => {
      const cards = byPath.get(path) as CardView[];
      const categories = CATEGORIES.filter((c) => cards.some((k) => k.category === c)).map((category) => ({
        category,
        cards: cards
          .filter((k) => k.category === category)
          .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.line - b.line || a.column - b.column),
      }));
      return { path, count: cards.length, categories };
    });
}

export function progressLine(total: number, shown: number): string {
  const flags = `${total} ${total === 1 ? 'flag' : 'flags'}`;
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

export function resultsState(results: ViewResults, filters: Filters, explain?: ExplainView): SidebarState {
  const groups = groupFindings(results.findings, filters);
  const shown = groups.reduce((n, g) => n + g.count, 0);
  const total = results.findings.length;
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
    progress: progressLine(total, shown),
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
    },
    ...(explain ? { explain } : {}),
    notAnalyzed: results.notAnalyzed,
  };
}

/** The diagnostic level of each severity: the one table (the extension maps names to its enum). */
export const DIAGNOSTIC_LEVEL: Record<Severity, 'error' | 'warning' | 'information' | 'hint'> = {
  high: 'error',
  medium: 'warning',
  low: 'information',
  info: 'hint',
};

/** The diagnostic message: the finding's message with its category and severity. */
export function diagnosticMessage(finding: Pick<Finding, 'message' | 'category' | 'severity'>): string {
  return `${finding.message} [${finding.category}, ${finding.severity}]`;
}

/** "Airlock: 3 open". */
export function statusText(open: number | undefined): string {
  return open === undefined ? 'Airlock' : `Airlock: ${open} open`;
}
