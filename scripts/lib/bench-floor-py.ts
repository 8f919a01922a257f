/**
 * The Python parse floor, run by `npm run bench` as its own process (bundled with esbuild like
 * dist/cli.js): loads web-tree-sitter and the Python grammar from `@vscode/tree-sitter-wasm` as
 * src/node/python.ts does, then parses every .py/.pyi/.pyw file under the given folders once, on
 * one thread. Prints one JSON line: files, lines, trees with errors.
 * Usage: node bench-floor-py.cjs WASM_DIR DIR...
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Language, Parser } from '@vscode/tree-sitter-wasm';
import { isPythonPath } from '../../src/core/model/language';

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
    } else if (entry.isFile() && isPythonPath(full)) {
      out.push(full);
    }
  }
}

async function main(): Promise<void> {
  const [wasmDir, ...dirs] = process.argv.slice(2);
  await Parser.init({ locateFile: (file: string) => path.join(wasmDir, file) });
  const language = await Language.load(readFileSync(path.join(wasmDir, 'tree-sitter-python.wasm')));
  const parser = new Parser();
  parser.setLanguage(language);
  const list: string[] = [];
  for (const dir of dirs) {
    walk(dir, list);
  }
  let files = 0;
  let lines = 0;
  let errors = 0;
  for (const file of list) {
    const text = readFileSync(file, 'utf8');
    files++;
    lines += countLines(text);
    const tree = parser.parse(text);
    if (!tree) {
      errors++;
      parser.reset();
      continue;
    }
    if (tree.rootNode.hasError) {
      errors++;
    }
    tree.delete();
  }
  process.stdout.write(`${JSON.stringify({ files, lines, errors })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
});
