/**
 * The bench's results as a console table and as docs/benchmarks.md (which the README's
 * Performance section quotes).
 */
import { medianSeconds, peakMb, type Series } from './bench-run';

export interface Row {
  section: string;
  tool: string;
  series?: Series;
  /** Overrides the series' median (the cache's first scan is one run). */
  seconds?: number;
  /** Lines the tool went through, for lines/s. */
  lines?: number;
  floor?: Row;
  peer?: Row;
  /** How the peer column names the peer. */
  peerName?: string;
  note?: string;
  skipped?: string;
}

export interface Goal {
  what: string;
  target: string;
  measured: string;
  /** undefined: could not be measured (a peer or a feature is missing). */
  met: boolean | undefined;
}

export function secondsOf(row: Row | undefined): number | undefined {
  if (!row || row.skipped) {
    return undefined;
  }
  return row.seconds ?? (row.series ? medianSeconds(row.series) : undefined);
}

export function peakOf(row: Row | undefined): number | undefined {
  return row?.series && !row.skipped ? peakMb(row.series) : undefined;
}

export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a !== undefined && b !== undefined && b > 0 ? a / b : undefined;
}

const fmt = {
  s: (v: number | undefined): string => (v === undefined ? '-' : v < 10 ? v.toFixed(2) : v.toFixed(1)),
  n: (v: number | undefined): string => (v === undefined ? '-' : Math.round(v).toLocaleString('en-US')),
  x: (v: number | undefined): string => (v === undefined ? '-' : `${v.toFixed(2)}x`),
};

export function cells(row: Row): string[] {
  const s = secondsOf(row);
  if (row.skipped) {
    return [row.section, row.tool, row.skipped, '', '', '', ''];
  }
  return [
    row.section,
    row.tool,
    fmt.s(s),
    row.lines !== undefined && s ? fmt.n(row.lines / s) : '-',
    fmt.n(peakOf(row)),
    fmt.x(ratio(s, secondsOf(row.floor))),
    row.peer ? `${fmt.x(ratio(s, secondsOf(row.peer)))} ${row.peerName ?? row.peer.tool}` : '-',
  ];
}

export const HEADERS = ['part', 'tool', 'median s', 'lines/s', 'peak MB', 'vs parse floor', 'vs peer'];

export function consoleTable(headers: string[], rows: string[][], alignNumbers = true): string {
  // A long cell (a skipped tool's reason) overflows rather than widening its column.
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => ((r[i] ?? '').length <= 24 || i < 2 ? (r[i] ?? '').length : 0))),
  );
  const line = (r: string[]): string =>
    r
      .map((c, i) => (alignNumbers && i >= 2 && /^[-\d.,]+x?$/.test(c) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(headers: string[], rows: string[][], alignNumbers = true): string {
  const esc = (c: string): string => c.replace(/\|/g, '\\|');
  return [
    `| ${headers.map(esc).join(' | ')} |`,
    `| ${headers.map((_, i) => (alignNumbers && i >= 2 ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

export function goalCells(goal: Goal): string[] {
  return [goal.what, goal.target, goal.measured, goal.met === undefined ? 'not measured' : goal.met ? 'met' : 'NOT met'];
}

export const GOAL_HEADERS = ['goal', 'target', 'measured', 'result'];
