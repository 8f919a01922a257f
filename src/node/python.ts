/**
 * Loads the Python grammar: the tree-sitter runtime and the Python grammar as WebAssembly, from
 * files next to the bundle (the build copies them to `dist/`) or, when running from sources,
 * from the `@vscode/tree-sitter-wasm` package. Nothing is downloaded and nothing native is
 * loaded. Loading is asynchronous and done once per process; after that parsing is synchronous.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Language, Parser } from '@vscode/tree-sitter-wasm';
import { copyTree, installPythonParser, pythonParser, type PythonParser } from '../core/python/tree';
import { extensionOf, isPythonPath } from '../core/model/language';

export const PYTHON_WASM_FILES = ['tree-sitter.wasm', 'tree-sitter-python.wasm'] as const;

let loading: Promise<PythonParser> | undefined;

/** Where the wasm files are: next to the running bundle (`dist/`), else (running from sources) in the package. */
export function wasmDirectory(): string {
  if (existsSync(path.join(__dirname, PYTHON_WASM_FILES[1]))) {
    return __dirname;
  }
  return path.join(__dirname, '..', '..', 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm');
}

/**
 * Whether analyzing a file can need the Python parser: Python sources and notebooks by extension,
 * and extensionless scripts with a python shebang (a superset of what the engine parses as
 * Python). Runs that touch no such file never pay for loading the grammar.
 */
export function mayNeedPython(path: string, bytes: Uint8Array | undefined): boolean {
  const ext = extensionOf(path);
  if (isPythonPath(path) || ext === '.ipynb') {
    return true;
  }
  if (ext !== '' || bytes === undefined || bytes[0] !== 0x23 /* # */ || bytes[1] !== 0x21 /* ! */) {
    return false;
  }
  let end = bytes.indexOf(0x0a);
  end = end < 0 ? Math.min(bytes.length, 512) : Math.min(end, 512);
  return isPythonPath(path, Buffer.from(bytes.subarray(0, end)).toString('latin1'));
}

/** Loads the parser once and installs it for core's analyses. */
export function loadPythonParser(): Promise<PythonParser> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<PythonParser> {
  const existing = pythonParser();
  if (existing) {
    return existing;
  }
  const dir = wasmDirectory();
  await Parser.init({ locateFile: (file: string) => path.join(dir, file) });
  const language = await Language.load(await readFile(path.join(dir, PYTHON_WASM_FILES[1])));
  const parser = new Parser();
  parser.setLanguage(language);
  const python: PythonParser = {
    parse(text, limits) {
      let cancelled = false;
      let tree;
      try {
        tree = parser.parse(text, null, {
          progressCallback: () => {
            cancelled ||= limits.now() > limits.deadline;
            return cancelled;
          },
        } as Parameters<Parser['parse']>[2]);
      } catch (error) {
        parser.reset();
        return { ok: false, reason: `the Python parser failed: ${error instanceof Error ? error.message : String(error)}` };
      }
      if (!tree) {
        parser.reset();
        return { ok: false, reason: cancelled ? 'analysis time limit reached while parsing' : 'the Python parser gave up' };
      }
      const cursor = tree.walk();
      try {
        return copyTree(cursor, language, limits);
      } finally {
        cursor.delete();
        tree.delete();
      }
    },
  };
  installPythonParser(python);
  return python;
}
