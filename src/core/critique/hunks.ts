/**
 * The hunks a model critiques: each changed region of a file's new version with a few lines of
 * context, numbered with the new version's line numbers, plus the lines the region removed. A
 * hunk's hash covers its path and its text (not its position), so a hunk that only moved keeps
 * its cached critique and its "critiqued" record.
 */
import { sha256Hex } from '../engine/hash';
import { lineChanges } from '../diff/lines';
import { splitLines } from '../text/lines';

export interface HunkLine {
  /** 1-based line in the new version. */
  line: number;
  text: string;
  added: boolean;
}

export interface Hunk {
  /** `H1`, `H2`, ... in the order hunks are sent. */
  id: string;
  path: string;
  /** First and last new-version line shown (context included). */
  startLine: number;
  endLine: number;
  lines: HunkLine[];
  /** Old-version lines this hunk removed. */
  removed: string[];
  hash: string;
}

export const CONTEXT_LINES = 3;

/** Hunks of one file; `firstId` numbers them on from earlier files. */
export function fileHunks(path: string, oldText: string | undefined, newText: string, firstId = 1, context = CONTEXT_LINES): Hunk[] {
  const changes = lineChanges(oldText, newText);
  const lines = splitLines(newText);
  if (lines.length > 0 && lines[lines.length - 1] === '' && /[\r\n]$/.test(newText)) {
    lines.pop(); // the final line break ends the last line; it does not start another
  }
  // Every changed place: added lines, and the anchors of removals (a pure deletion has no added line).
  const marks = new Set<number>(changes.added);
  const removedAt = new Map<number, string[]>();
  for (const r of changes.removed) {
    const anchor = Math.max(1, Math.min(r.anchor, Math.max(1, lines.length)));
    marks.add(anchor);
    removedAt.set(anchor, [...(removedAt.get(anchor) ?? []), r.text]);
  }
  const sorted = [...marks].sort((a, b) => a - b);
  const regions: [number, number][] = [];
  for (const n of sorted) {
    const last = regions[regions.length - 1];
    if (last && n - last[1] <= 2 * context + 1) {
      last[1] = n;
    } else {
      regions.push([n, n]);
    }
  }
  return regions.map(([first, last], i) => {
    const startLine = Math.max(1, first - context);
    const endLine = Math.min(Math.max(lines.length, 1), last + context);
    const shown: HunkLine[] = [];
    for (let n = startLine; n <= endLine && n <= lines.length; n++) {
      shown.push({ line: n, text: lines[n - 1], added: changes.added.has(n) });
    }
    const removed: string[] = [];
    for (let n = first; n <= last; n++) {
      removed.push(...(removedAt.get(n) ?? []));
    }
    const body = shown.map((l) => `${l.added ? '+' : ' '}${l.text}`).join('\n');
    return {
      id: `H${firstId + i}`,
      path,
      startLine,
      endLine,
      lines: shown,
      removed,
      hash: sha256Hex(`${path}\u0000${body}\u0000${removed.join('\n')}`),
    };
  });
}
