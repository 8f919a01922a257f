/**
 * The bench's corpora, copied into a temporary folder so that every tool sees exactly the same
 * files and nothing else (no package.json, no .eslintrc, no .gitignore from node_modules):
 *
 * - JS/TS: whole packages from the project's own node_modules, chosen among its direct
 *   dependencies and dev dependencies (exact versions in package.json, the rest pinned by
 *   package-lock.json), and a few of their own dependencies. JS/TS files only; declaration files
 *   (.d.ts), minified files (an average line over 500 bytes: they count few lines and skew
 *   lines/s) and files over 1 MiB (generated bundles: one 3.6 MB bundle alone takes the parse
 *   floor past 700 MB, so the memory goal would measure the bundle, not the tree) are left out,
 *   as are nested node_modules.
 * - Python: the standard library of the machine's python3 (sysconfig's "stdlib"), .py files
 *   only, without site-packages, the test suites (test/, tests/, idle_test/) and generated
 *   tables (encodings/, pydoc_data/).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

export const MAX_BYTES = 1024 * 1024;
const MINIFIED_BYTES_PER_LINE = 500;

/** The JS/TS corpus: packages in node_modules, in this order. */
export const JS_PACKAGES = [
  // Dependencies and dev dependencies (exact versions in package.json).
  'openai', // TypeScript sources (src/) and the built JS
  'eslint',
  'prettier', // its unminified bundles; the minified plugins are left out
  'mocha',
  '@typescript-eslint/typescript-estree',
  'typescript-eslint',
  '@typescript-eslint/eslint-plugin', // typescript-eslint's own parts, same pinned version
  '@typescript-eslint/scope-manager',
  '@typescript-eslint/utils',
  '@typescript-eslint/parser',
  '@noble/hashes', // TypeScript sources and JS
  'diff',
  'jsonc-parser',
  'ignore',
  '@vscode/vsce',
  'esbuild',
  'eslint-plugin-security', // the peers' own code
  '@microsoft/eslint-plugin-sdl',
  'eslint-plugin-react', // pinned exactly by @microsoft/eslint-plugin-sdl
  'eslint-plugin-n',
  // Dependencies of @vscode/vsce (pinned by package-lock.json).
  'azure-devops-node-api',
  'undici',
  'parse5',
  'markdown-it',
  'lru-cache',
];

/** --quick: a few small packages. */
export const JS_PACKAGES_QUICK = ['diff', 'jsonc-parser', 'ignore', '@noble/hashes', 'esbuild'];

const PY_EXCLUDED_DIRS = new Set(['site-packages', 'test', 'tests', 'idle_test', 'encodings', 'pydoc_data', '__pycache__']);
/** --quick: a few packages of the standard library. */
const PY_QUICK = ['json', 'email', 'http', 'logging', 'argparse.py', 'subprocess.py'];

const JS_EXTENSIONS = /\.(js|jsx|mjs|cjs|ts|tsx|mts|cts)$/;
const DECLARATION = /\.d\.[mc]?ts$/;

export interface Part {
  name: string;
  version: string;
  files: number;
  lines: number;
}

export interface Corpus {
  /** The copy, and its name relative to the bench's work folder (what the tools are given). */
  dir: string;
  rel: string;
  source: string;
  files: number;
  lines: number;
  bytes: number;
  parts: Part[];
  left: { declarations: number; minified: number; large: number; other: number };
  missing: string[];
}

/** Lines as the bench counts them everywhere: newlines, plus an unterminated last line. */
export function countLines(data: Buffer): number {
  let n = 0;
  for (let i = data.indexOf(10); i >= 0; i = data.indexOf(10, i + 1)) {
    n++;
  }
  return data.length > 0 && data[data.length - 1] !== 10 ? n + 1 : n;
}

function sortedEntries(dir: string): string[] {
  return readdirSync(dir).sort();
}

function emptyCorpus(dir: string, rel: string, source: string): Corpus {
  return {
    dir,
    rel,
    source,
    files: 0,
    lines: 0,
    bytes: 0,
    parts: [],
    left: { declarations: 0, minified: 0, large: 0, other: 0 },
    missing: [],
  };
}

/** Copies the chosen JS/TS files of the packages into `workDir/rel`. */
export function buildJsCorpus(projectRoot: string, workDir: string, rel: string, quick: boolean): Corpus {
  const dest = path.join(workDir, rel);
  const corpus = emptyCorpus(dest, rel, path.join(projectRoot, 'node_modules'));
  const req = createRequire(path.join(projectRoot, 'package.json'));
  for (const name of quick ? JS_PACKAGES_QUICK : JS_PACKAGES) {
    let root = path.join(projectRoot, 'node_modules', name);
    if (!existsSync(path.join(root, 'package.json'))) {
      // Not hoisted: look next to typescript-eslint, which depends on its own parts.
      try {
        root = path.dirname(createRequire(req.resolve('typescript-eslint/package.json')).resolve(`${name}/package.json`));
      } catch {
        corpus.missing.push(name);
        continue;
      }
    }
    const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
    const part: Part = { name, version, files: 0, lines: 0 };
    const walk = (dir: string, relDir: string): void => {
      for (const entry of sortedEntries(dir)) {
        const full = path.join(dir, entry);
        const stat = lstatSync(full);
        if (stat.isDirectory()) {
          if (entry !== 'node_modules' && entry !== '.git') {
            walk(full, path.join(relDir, entry));
          }
          continue;
        }
        if (!stat.isFile() || !JS_EXTENSIONS.test(entry)) {
          continue;
        }
        if (DECLARATION.test(entry)) {
          corpus.left.declarations++;
          continue;
        }
        if (stat.size > MAX_BYTES) {
          corpus.left.large++;
          continue;
        }
        const data = readFileSync(full);
        const lines = countLines(data);
        if (lines > 0 && data.length / lines > MINIFIED_BYTES_PER_LINE) {
          corpus.left.minified++;
          continue;
        }
        const target = path.join(dest, name, relDir, entry);
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(full, target);
        part.files++;
        part.lines += lines;
        corpus.bytes += data.length;
      }
    };
    walk(root, '');
    corpus.parts.push(part);
    corpus.files += part.files;
    corpus.lines += part.lines;
  }
  return corpus;
}

/** The stdlib folder of the machine's python3, or why not. */
export function pythonStdlib(): { dir: string; version: string } | { why: string } {
  const result = spawnSync(
    'python3',
    ['-c', 'import sys, sysconfig; print(sysconfig.get_paths()["stdlib"]); print(sys.version.split()[0])'],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    return { why: 'python3 not found' };
  }
  const [dir, version] = result.stdout.trim().split('\n');
  return existsSync(dir) ? { dir, version } : { why: `no stdlib at ${dir}` };
}

/** Copies the standard library's .py files (see the header for what is left out) into `workDir/rel`. */
export function buildPyCorpus(stdlib: string, version: string, workDir: string, rel: string, quick: boolean): Corpus {
  const dest = path.join(workDir, rel);
  const corpus = emptyCorpus(dest, rel, stdlib);
  const part: Part = { name: `Python ${version} standard library`, version, files: 0, lines: 0 };
  const walk = (dir: string, relDir: string): void => {
    for (const entry of sortedEntries(dir)) {
      if (quick && relDir === '' && !PY_QUICK.includes(entry)) {
        continue;
      }
      const full = path.join(dir, entry);
      const stat = lstatSync(full);
      if (stat.isDirectory()) {
        if (!PY_EXCLUDED_DIRS.has(entry)) {
          walk(full, path.join(relDir, entry));
        }
        continue;
      }
      if (!stat.isFile() || !entry.endsWith('.py')) {
        continue;
      }
      if (stat.size > MAX_BYTES) {
        corpus.left.large++;
        continue;
      }
      const data = readFileSync(full);
      const target = path.join(dest, relDir, entry);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(full, target);
      part.files++;
      part.lines += countLines(data);
      corpus.bytes += data.length;
    }
  };
  walk(stdlib, '');
  corpus.parts.push(part);
  corpus.files = part.files;
  corpus.lines = part.lines;
  return corpus;
}

/** The corpus's files, relative to its folder, sorted (the diff bench builds repositories from them). */
export function listFiles(corpus: Corpus): string[] {
  const out: string[] = [];
  const walk = (dir: string, relDir: string): void => {
    for (const entry of sortedEntries(dir)) {
      const full = path.join(dir, entry);
      if (lstatSync(full).isDirectory()) {
        walk(full, path.join(relDir, entry));
      } else {
        out.push(path.join(relDir, entry));
      }
    }
  };
  walk(corpus.dir, '');
  return out;
}
