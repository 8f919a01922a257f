/**
 * The human report: the capability delta first, then findings grouped by file as
 * `path:line:col  severity  category  rule-id  message` with the flagged source, then a summary.
 * Colour only when asked (the CLI decides: a TTY and no NO_COLOR).
 */
import { SEVERITIES, type Severity } from '../model/finding';
import type { CritiqueReport } from '../critique/run';
import type { ReportData } from './model';

export interface TextOptions {
  color: boolean;
  quiet: boolean;
}

const CODES = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1 } as const;

const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/g;

function escapeControls(text: string, controls: RegExp): string {
  return text
    .replace(controls, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Escapes every control character (newlines and tabs too) in names and messages from the reviewed files. */
export function safeText(text: string): string {
  return escapeControls(text, /[\u0000-\u001f\u007f-\u009f]/g);
}

/** The same for a source line, where tabs are kept. */
export function safeSource(text: string): string {
  return escapeControls(text, /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g);
}

export function formatText(data: ReportData, options: TextOptions): string {
  const paint = (code: number, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const sev: Record<Severity, (t: string) => string> = {
    high: (t) => paint(CODES.red, t),
    medium: (t) => paint(CODES.yellow, t),
    low: (t) => paint(CODES.cyan, t),
    info: (t) => paint(CODES.gray, t),
  };
  const out: string[] = [];
  if (data.capabilityDelta) {
    out.push(paint(CODES.bold, `Airlock: ${data.capabilityDelta.summary}`));
    const sign = { adds: '+', weakens: '-', hides: '?' } as const;
    for (const add of data.capabilityDelta.adds) {
      out.push(
        `  ${sign[add.kind]} ${add.kind} ${add.label}: ${add.findings} finding${add.findings === 1 ? '' : 's'} in ${add.files.map(safeText).join(', ')}`,
      );
    }
    for (const flow of data.capabilityDelta.flows) {
      out.push(`  ! ${flow.description}: ${flow.files.map(safeText).join(', ')}`);
    }
    if (data.base) {
      out.push(paint(CODES.gray, `  (compared with ${safeText(data.base)})`));
    }
    out.push('');
  }
  let currentPath: string | undefined;
  for (const f of data.findings) {
    if (f.path !== currentPath) {
      if (currentPath !== undefined) {
        out.push('');
      }
      currentPath = f.path;
      out.push(paint(CODES.bold, safeText(f.path)));
    }
    const where = `${safeText(f.path)}:${f.line}:${f.column}`;
    out.push(`${where}  ${sev[f.severity](f.severity.padEnd(6))}  ${f.category}  ${f.ruleId}  ${safeText(f.message)}`);
    if (!options.quiet && f.snippet) {
      for (const line of f.snippet.split('\n')) {
        out.push(paint(CODES.gray, `    | ${safeSource(line)}`));
      }
    }
    if (!options.quiet) {
      for (const r of f.related ?? []) {
        out.push(paint(CODES.gray, `    related: ${safeText(r.path)}:${r.line}:${r.column} ${safeText(r.message)}`));
      }
      if (f.fingerprint) {
        // The id "airlock resolve" takes: the first digits of the fingerprint.
        out.push(paint(CODES.gray, `    id ${f.fingerprint.slice(0, 8)}`));
      }
    }
  }
  if (data.findings.length > 0) {
    out.push('');
  }
  if (data.notAnalyzed.length > 0 && !options.quiet) {
    out.push(paint(CODES.bold, `Not analyzed (${data.notAnalyzed.length}):`));
    for (const n of data.notAnalyzed) {
      out.push(`  ${safeText(n.path)}: ${safeText(n.reason)}`);
    }
    out.push('');
  }
  if (data.critique) {
    out.push(...critiqueText(data.critique, options, paint));
  }
  for (const error of data.errors) {
    out.push(paint(CODES.red, `error: ${safeText(error)}`));
  }
  out.push(summary(data));
  return `${out.join('\n')}\n`;
}

function summary(data: ReportData): string {
  const counts = SEVERITIES.map((s) => [s, data.findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .reverse()
    .map(([s, n]) => `${n} ${s}`);
  const what = data.command === 'review' ? 'changed file' : 'file';
  const shard = data.shard ? ` (shard ${data.shard.index}/${data.shard.count})` : '';
  const files = `${data.filesAnalyzed} ${what}${data.filesAnalyzed === 1 ? '' : 's'}${shard}`;
  if (data.findings.length === 0) {
    return `No findings in ${files}.`;
  }
  return `${data.findings.length} finding${data.findings.length === 1 ? '' : 's'} (${counts.join(', ')}) in ${files}.`;
}

function critiqueText(run: CritiqueReport, options: TextOptions, paint: (code: number, text: string) => string): string[] {
  const out: string[] = [];
  const u = run.usage;
  out.push(
    paint(
      CODES.bold,
      `Model critiques: ${run.critiques.length} (${run.critiques.filter((c) => !c.range).length} unanchored), ` +
        `${run.gaps.length} unexplained suspicion${run.gaps.length === 1 ? '' : 's'}`,
    ),
  );
  out.push(
    paint(
      CODES.gray,
      `  ${safeText(run.model)} at ${safeText(run.endpoint)}: ${u.requests} request${u.requests === 1 ? '' : 's'}, ` +
        `${u.promptTokens} prompt + ${u.completionTokens} completion tokens, ${u.cached} hunk${u.cached === 1 ? '' : 's'} from the cache`,
    ),
  );
  for (const c of run.critiques) {
    const where = c.range
      ? `${safeText(c.path)}:${c.range.line}:${c.range.column}`
      : `${safeText(c.path)} (${c.hunk}, unanchored: quote ${c.unanchored})`;
    out.push(`${where}  ${c.severity.padEnd(6)}  ${c.category}  model  ${safeText(c.claim)}`);
    if (!options.quiet) {
      out.push(paint(CODES.gray, `    | ${safeSource(c.quote.split('\n')[0])}`));
      out.push(paint(CODES.gray, `    why: ${safeText(c.reasoning)}`));
      out.push(paint(CODES.gray, `    check: ${safeText(c.check)}`));
    }
  }
  for (const g of run.gaps) {
    out.push(
      `${safeText(g.path)}:${g.range.line}-${g.range.endLine}  model suspects an unexplained problem ` +
        `(${Math.round(g.probability * 100)}% likely unsafe or wrong, no critique written): read this hunk closely`,
    );
  }
  if (run.notCritiqued.length > 0) {
    out.push(paint(CODES.yellow, `Not critiqued: ${run.notCritiqued.map(safeText).join(', ')}`));
  }
  if (run.dropped > 0) {
    out.push(paint(CODES.gray, `${run.dropped} critique${run.dropped === 1 ? '' : 's'} dropped: not in the required format`));
  }
  for (const e of run.errors) {
    out.push(paint(CODES.yellow, `critique: ${safeText(e)}`));
  }
  out.push('');
  return out;
}
