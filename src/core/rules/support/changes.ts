/** Builders for file changes, for diff rules' documented examples and their test tables. */
import type { FileChange } from '../../diff/change';
import { MODE_FILE } from '../../diff/change';
import { bytes } from './bytes';

/** A text file changed in place from `before` to `after`. */
export function modified(path: string, before: string, after: string): FileChange {
  return {
    status: 'modified',
    oldPath: path,
    newPath: path,
    oldMode: MODE_FILE,
    newMode: MODE_FILE,
    oldBytes: bytes(before),
    newBytes: bytes(after),
  };
}

/** A new text file. */
export function added(path: string, text: string): FileChange {
  return { status: 'added', newPath: path, newMode: MODE_FILE, newBytes: bytes(text) };
}

/** A deleted text file. */
export function deleted(path: string, text: string): FileChange {
  return { status: 'deleted', oldPath: path, oldMode: MODE_FILE, oldBytes: bytes(text) };
}

/** A file renamed (and possibly edited). */
export function renamed(oldPath: string, newPath: string, before: string, after: string): FileChange {
  return { status: 'renamed', oldPath, newPath, oldMode: MODE_FILE, newMode: MODE_FILE, oldBytes: bytes(before), newBytes: bytes(after) };
}
