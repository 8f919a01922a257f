/**
 * The Python parse floor, run by `npm run bench` as its own process (bundled with esbuild like
 * dist/cli.js): loads web-tree-sitter and the Python grammar from `@vscode/tree-sitter-wasm` as
 * src/node/python.ts does, then parses every .py/.pyi/.pyw file under the given folders once, on
 * one thread. Prints one JSON line: files, lines, trees with errors.
 * Usage: node bench-floor-py.cjs WASM_DIR DIR...
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Language, Parser } from '@vscode/tree-sitter-wasm';
import { isPythonPath } from '../../src/core/model/language';
import { countLines, walk } from './bench-walk';

async function main(): Promise<void> {
  const [wasmDir, ...dirs] = process.argv.slice(2);
  await Parser.init({ locateFile: (file: string) => path.join(wasmDir, file) });
  const language = await Language.load(readFileSync(path.join(wasmDir, 'tree-sitter-python.wasm')));
  const parser = new Parser();
  parser.setLanguage(language);
  const list: string[] = [];
  for (const dir of dirs) {
    walk(dir, (file) => isPythonPath(file), list);
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
