/**
 * Which lines of the new version a change added, and which lines it removed, computed from the
 * two texts themselves (never from git's diff output, which `.gitattributes` can turn into
 * "Binary files differ"). Lines split at CRLF, LF and CR, so a CRLF/LF conversion alone is not
 * a change. When the diff is too large to compute exactly, every line in the differing middle
 * counts as changed: more flags, never fewer.
 */
import { diffArrays } from 'diff';
import { splitLines } from '../text/lines';

export interface RemovedLine {
  /** 1-based line in the old version. */
  oldLine: number;
  text: string;
  /** 1-based line of the new version where the removal happened. */
  anchor: number;
}

export interface LineChanges {
  added: Set<number>;
  removed: RemovedLine[];
  /** True when the exact diff was abandoned and the whole differing region counted as changed. */
  approximate: boolean;
}

const MAX_EDIT_LENGTH = 20_000;
const TIMEOUT_MS = 3_000;

export function lineChanges(oldText: string | undefined, newText: string): LineChanges {
  const newLines = splitLines(newText);
  if (oldText === undefined) {
    return { added: range(1, newLines.length), removed: [], approximate: false };
  }
  const oldLines = splitLines(oldText);
  let prefix = 0;
  while (prefix < oldLines.length && prefix < newLines.length && oldLines[prefix] === newLines[prefix]) {
    prefix++;
  }
  let suffix = 0;
  while (
    suffix < oldLines.length - prefix &&
    suffix < newLines.length - prefix &&
    oldLines[oldLines.length - 1 - suffix] === newLines[newLines.length - 1 - suffix]
  ) {
    suffix++;
  }
  const oldMiddle = oldLines.slice(prefix, oldLines.length - suffix);
  const newMiddle = newLines.slice(prefix, newLines.length - suffix);
  const added = new Set<number>();
  const removed: RemovedLine[] = [];
  const clamp = (line: number): number => Math.max(1, Math.min(line, newLines.length));
  if (oldMiddle.length === 0 && newMiddle.length === 0) {
    return { added, removed, approximate: false };
  }
  const parts =
    oldMiddle.length === 0 || newMiddle.length === 0
      ? undefined
      : diffArrays(oldMiddle, newMiddle, { maxEditLength: MAX_EDIT_LENGTH, timeout: TIMEOUT_MS });
  if (parts === undefined) {
    newMiddle.forEach((_, i) => added.add(prefix + i + 1));
    oldMiddle.forEach((text, i) => removed.push({ oldLine: prefix + i + 1, text, anchor: clamp(prefix + 1) }));
    return { added, removed, approximate: oldMiddle.length > 0 && newMiddle.length > 0 };
  }
  let oldLine = prefix + 1;
  let newLine = prefix + 1;
  for (const part of parts) {
    const count = part.value.length;
    if (part.added) {
      for (let i = 0; i < count; i++) {
        added.add(newLine + i);
      }
      newLine += count;
    } else if (part.removed) {
      for (let i = 0; i < count; i++) {
        removed.push({ oldLine: oldLine + i, text: part.value[i], anchor: clamp(newLine) });
      }
      oldLine += count;
    } else {
      oldLine += count;
      newLine += count;
    }
  }
  return { added, removed, approximate: false };
}

function range(from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let i = from; i <= to; i++) {
    out.add(i);
  }
  return out;
}
