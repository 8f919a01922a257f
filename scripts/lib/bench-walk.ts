/** What the two parse-floor scripts share: the bench's line count and a sorted walk of a corpus folder. */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';

/** Lines as the bench counts them: newlines, plus an unterminated last line. */
export function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    n++;
  }
  return text.length > 0 && !text.endsWith('\n') ? n + 1 : n;
}

/** The files under `dir` that `accept` keeps, in sorted order. */
export function walk(dir: string, accept: (file: string) => boolean, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(full, accept, out);
    } else if (entry.isFile() && accept(full)) {
      out.push(full);
    }
  }
  return out;
}
