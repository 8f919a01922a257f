/**
 * The JS/TS parse floor, run by `npm run bench` as its own process (bundled with esbuild like
 * dist/cli.js): walks the given folders and parses every JS/TS file once with typescript-estree,
 * with the options of src/core/js/parse.ts parseJs (range, no loc, no comments, no tokens), on
 * one thread. Prints one JSON line: files, lines, parse errors.
 * Usage: node bench-floor-js.cjs DIR...
 */
import { readFileSync } from 'node:fs';
import { parse } from '@typescript-eslint/typescript-estree';
import { languageOf } from '../../src/core/model/language';
import { countLines, walk } from './bench-walk';

let files = 0;
let lines = 0;
let errors = 0;
const list: string[] = [];
for (const dir of process.argv.slice(2)) {
  walk(dir, (file) => languageOf(file) !== undefined, list);
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
