/**
 * Anchoring: a critique's location comes from finding its quote in the hunk it names — exactly,
 * then with whitespace runs collapsed — never from a line number a model wrote. A quote found
 * nowhere, or in more than one place, leaves the critique unanchored: kept, shown, counted, but not
 * placed on a line.
 */
import type { Range } from '../model/finding';
import type { Hunk } from './hunks';
import type { HunkAnswer, ModelCritique } from './schema';

export type Anchor = { ok: true; range: Range } | { ok: false; reason: 'not found' | 'ambiguous' };

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') {
    return out;
  }
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    out.push(at);
  }
  return out;
}

/** Collapses whitespace runs to one space, remembering where each kept character came from. */
function collapse(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) {
      if (!inSpace) {
        out += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      out += c;
      origin.push(i);
      inSpace = false;
    }
  }
  return { text: out, origin };
}

/** Finds `quote` in the hunk's new-side lines. */
export function anchorQuote(quote: string, hunk: Hunk): Anchor {
  const text = hunk.lines.map((l) => l.text).join('\n');
  const toRange = (start: number, end: number): Range => {
    const position = (offset: number): { line: number; column: number } => {
      const before = text.slice(0, offset).split('\n');
      return { line: hunk.lines[before.length - 1].line, column: before[before.length - 1].length + 1 };
    };
    const s = position(start);
    const e = position(end);
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
  const exact = occurrences(text, quote);
  if (exact.length === 1) {
    return { ok: true, range: toRange(exact[0], exact[0] + quote.length) };
  }
  if (exact.length > 1) {
    return { ok: false, reason: 'ambiguous' };
  }
  const hay = collapse(text);
  const needle = collapse(quote.trim()).text;
  const loose = occurrences(hay.text, needle);
  if (loose.length === 1) {
    const start = hay.origin[loose[0]];
    const lastKept = hay.origin[loose[0] + needle.length - 1];
    return { ok: true, range: toRange(start, lastKept + 1) };
  }
  return { ok: false, reason: loose.length > 1 ? 'ambiguous' : 'not found' };
}

export interface AnchoredCritique extends ModelCritique {
  hunk: string;
  path: string;
  hunkHash: string;
  /** Where the quote is; absent when it could not be placed. */
  range?: Range;
  unanchored?: 'not found' | 'ambiguous';
}

/** A hunk the model thinks is likely unsafe or wrong, without saying why: a person must look. */
export interface SuspicionGap {
  hunk: string;
  path: string;
  hunkHash: string;
  probability: number;
  /** The hunk's changed lines. */
  range: Range;
}

/** At or above this probability, a hunk without critiques is flagged. */
export const GAP_THRESHOLD = 0.7;

export function interpretAnswers(
  answers: readonly HunkAnswer[],
  hunks: readonly Hunk[],
  threshold = GAP_THRESHOLD,
): { critiques: AnchoredCritique[]; gaps: SuspicionGap[] } {
  const byId = new Map(hunks.map((h) => [h.id, h]));
  const critiques: AnchoredCritique[] = [];
  const gaps: SuspicionGap[] = [];
  for (const answer of answers) {
    const hunk = byId.get(answer.hunk);
    if (!hunk) {
      continue;
    }
    for (const c of answer.critiques) {
      const anchor = anchorQuote(c.quote, hunk);
      critiques.push({
        ...c,
        hunk: hunk.id,
        path: hunk.path,
        hunkHash: hunk.hash,
        ...(anchor.ok ? { range: anchor.range } : { unanchored: anchor.reason }),
      });
    }
    if (answer.critiques.length === 0 && answer.unsafeProbability >= threshold) {
      const changed = hunk.lines.filter((l) => l.added);
      const first = changed[0] ?? hunk.lines[0];
      const last = changed[changed.length - 1] ?? hunk.lines[hunk.lines.length - 1];
      gaps.push({
        hunk: hunk.id,
        path: hunk.path,
        hunkHash: hunk.hash,
        probability: answer.unsafeProbability,
        range: {
          line: first?.line ?? hunk.startLine,
          column: 1,
          endLine: last?.line ?? hunk.startLine,
          endColumn: (last?.text.length ?? 0) + 1,
        },
      });
    }
  }
  return { critiques, gaps };
}
