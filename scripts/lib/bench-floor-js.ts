/**
 * The JS/TS parse floor, run by `npm run bench` as its own process (bundled with esbuild like
 * dist/cli.js): walks the given folders and parses every JS/TS file once with typescript-estree,
 * with the options of src/core/js/parse.ts parseJs (range, no loc, no comments, no tokens), on
 * one thread. Prints one JSON line: files, lines, parse errors.
 * Usage: node bench-floor-js.cjs DIR...
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import { languageOf } from '../../src/core/model/language';

/** Lines as the bench counts them: newlines, plus an unterminated last line. */
function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    n++;
  }
  return text.length > 0 && !text.endsWith('\n') ? n + 1 : n;
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(full, out);
    } else if (entry.isFile() && languageOf(full)) {
      out.push(full);
    }
  }
}

let files = 0;
let lines = 0;
let errors = 0;
const list: string[] = [];
for (const dir of process.argv.slice(2)) {
  walk(dir, list);
}
for (const file of list) {
  const info = languageOf(file);
  if (!info) {
    continue;
  }
  const text = readFileSync(file, 'utf8');
  files++;
  lines += countLines(text);
  try {
    parse(text, {
      filePath: info.language === 'ts' ? (info.jsx ? 'file.tsx' : 'file.ts') : 'file.js',
      jsx: info.jsx,
      range: true,
      loc: false,
      comment: false,
      tokens: false,
      errorOnUnknownASTType: false,
      suppressDeprecatedPropertyWarnings: true,
      loggerFn: false,
    });
  } catch {
    errors++;
  }
}
process.stdout.write(`${JSON.stringify({ files, lines, errors })}\n`);
