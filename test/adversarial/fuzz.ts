/**
 * The fuzzing harness: structure-aware mutations of real source files (the labeled corpora) and
 * random token soup, for JS/TS and Python, fed to the engine the way a scan would. A failure is
 * any of: an exception out of the engine, a rule that threw (an `airlock/internal-error` finding),
 * an analysis that ran past the per-file time limit without stopping itself, a finding outside
 * the file, or a second analysis of the same input that disagrees with the first.
 *
 * Everything is driven by one seeded generator, so a run is reproducible from its seed. Failing
 * inputs are minimized (lines, then characters) while they still fail the same way; the minimized
 * reproducers are committed under `test/adversarial/regressions/` and replayed by the tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeText, type EngineFinding } from '../../src/core/engine/analyze';
import { RULES } from '../../src/core/rules/index';

export type FuzzLanguage = 'js' | 'py';

export interface FuzzInput {
  language: FuzzLanguage;
  /** The file name the engine sees (its extension picks the parser). */
  filename: string;
  text: string;
  /** How the input was made, for the report. */
  recipe: string;
}

export interface FuzzFailure {
  kind: 'exception' | 'internal-error' | 'hang' | 'bad-range' | 'nondeterministic';
  detail: string;
}

/** A small, fast, seedable PRNG (mulberry32): the fuzz runs must be reproducible from a seed. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

const JS_EXTENSIONS = ['.js', '.ts', '.tsx', '.jsx', '.mjs', '.cjs'];
const PY_EXTENSIONS = ['.py'];

/** Source files of the labeled corpora (`test/corpus*`), the seeds of structure-aware mutation. */
export function corpusFiles(testDir: string, language: FuzzLanguage): string[] {
  const extensions = language === 'js' ? JS_EXTENSIONS : PY_EXTENSIONS;
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.isFile() && extensions.includes(path.extname(entry.name)) && statSync(full).size < 200_000) {
        out.push(full);
      }
    }
  };
  for (const entry of readdirSync(testDir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name.startsWith('corpus')) {
      walk(path.join(testDir, entry.name));
    }
  }
  return out.sort();
}

/** Tokens, roughly: enough for mutations to cut and splice at token boundaries. */
const TOKEN =
  /\s+|[A-Za-z_$][\w$]*|\d[\w.]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\/|[^\sA-Za-z0-9_$]/g;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const JS_SOUP = [
  'eval',
  'Function',
  'require',
  'import',
  'export',
  'from',
  'const',
  'let',
  'var',
  'function',
  'class',
  'extends',
  'return',
  'if',
  'else',
  'for',
  'while',
  'do',
  'switch',
  'case',
  'new',
  'this',
  'super',
  'async',
  'await',
  'yield',
  'typeof',
  'void',
  'delete',
  'in',
  'of',
  'with',
  'try',
  'catch',
  'finally',
  'throw',
  'get',
  'set',
  'static',
  'globalThis',
  'process',
  'child_process',
  'exec',
  'spawn',
  'fs',
  'constructor',
  'prototype',
  'call',
  'apply',
  'bind',
  'Reflect',
  'Proxy',
  'atob',
  'Buffer',
  'fromCharCode',
  'String',
  'Math',
  'random',
  'Date',
  'now',
  'x',
  'y',
  'a',
  'b',
  '0',
  '1',
  '0x41',
  '1e9',
  "'ev'",
  "'al'",
  "'child_process'",
  '`t${x}`',
  '/re/g',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '</',
  '/>',
  '=>',
  '=',
  '==',
  '===',
  '+',
  '-',
  '*',
  '/',
  '%',
  '!',
  '?',
  '?.',
  '??',
  ':',
  ';',
  ',',
  '.',
  '...',
  '&&',
  '||',
  '@',
  '#',
  ' ',
  '\n',
  'as',
  'type',
  'interface',
  'enum',
  'namespace',
  'declare',
  'abstract',
  'satisfies',
  'keyof',
  'infer',
  'unique',
  'symbol',
];

const PY_SOUP = [
  'import',
  'from',
  'as',
  'def',
  'class',
  'return',
  'if',
  'elif',
  'else',
  'for',
  'while',
  'in',
  'not',
  'and',
  'or',
  'lambda',
  'with',
  'try',
  'except',
  'finally',
  'raise',
  'yield',
  'async',
  'await',
  'global',
  'nonlocal',
  'pass',
  'del',
  'assert',
  'match',
  'case',
  'print',
  'exec',
  'eval',
  'compile',
  '__import__',
  'getattr',
  'setattr',
  'os',
  'system',
  'subprocess',
  'run',
  'random',
  'seed',
  'np',
  'torch',
  'manual_seed',
  'builtins',
  '__builtins__',
  'importlib',
  'import_module',
  'pickle',
  'loads',
  'base64',
  'b64decode',
  'chr',
  'x',
  'y',
  'self',
  '0',
  '1',
  '42',
  "'sys'",
  "'tem'",
  'f"{x}"',
  "b'\\x00'",
  '"""doc"""',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ',',
  '.',
  '=',
  '==',
  '+',
  '-',
  '*',
  '**',
  '/',
  '//',
  '%',
  '@',
  '->',
  ':=',
  ';',
  ' ',
  '    ',
  '\n',
  '\n    ',
  '\\\n',
  '#',
];

const EXOTIC = [
  '\u0000',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u2066',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udc00',
  '\r',
  '\r\n',
  '\t',
  '\u{e0041}',
  '\u{1d41e}',
  '\uff45',
  '\u0435',
  '\\',
  '\\u0065',
  '\\x65',
  '${',
  '*/',
  '/*',
  '"""',
  "'''",
  '<!--',
  '-->',
  '#!',
  '\u00a0',
  '\u3000',
];

function nest(r: Random, language: FuzzLanguage): string {
  const depth = 1 + r.int(r.next() < 0.1 ? 20_000 : 300);
  const pairs =
    language === 'js'
      ? [
          ['(', ')'],
          ['[', ']'],
          ['{a:', '}'],
          ['!', ''],
          ['-', ''],
          ['a=>', ''],
          ['<a>', '</a>'],
        ]
      : [
          ['(', ')'],
          ['[', ']'],
          ['{1:', '}'],
          ['not ', ''],
          ['-', ''],
          ['lambda:', ''],
        ];
  const [open, close] = r.pick(pairs);
  return `${open.repeat(depth)}x${close.repeat(depth)}`;
}

/** One structure-aware mutation of a seed file's tokens. */
function mutateTokens(r: Random, tokens: string[], donor: string[], language: FuzzLanguage): { tokens: string[]; step: string } {
  const out = tokens.slice();
  const at = out.length ? r.int(out.length) : 0;
  const span = 1 + r.int(Math.min(40, Math.max(1, out.length - at)));
  switch (r.int(9)) {
    case 0:
      out.splice(at, span);
      return { tokens: out, step: 'delete' };
    case 1:
      out.splice(at, 0, ...out.slice(at, at + span));
      return { tokens: out, step: 'duplicate' };
    case 2: {
      const from = donor.length ? r.int(donor.length) : 0;
      out.splice(at, 0, ...donor.slice(from, from + span));
      return { tokens: out, step: 'splice' };
    }
    case 3: {
      const other = r.int(Math.max(1, out.length));
      [out[at], out[other]] = [out[other], out[at]];
      return { tokens: out, step: 'swap' };
    }
    case 4:
      out.splice(at, 0, r.pick(language === 'js' ? JS_SOUP : PY_SOUP));
      return { tokens: out, step: 'insert-token' };
    case 5:
      out.splice(at, 0, r.pick(EXOTIC));
      return { tokens: out, step: 'insert-exotic' };
    case 6:
      out.splice(at, 0, nest(r, language));
      return { tokens: out, step: 'nest' };
    case 7:
      return { tokens: out.slice(0, at), step: 'truncate' };
    default: {
      const count = 1 + r.int(5);
      for (let i = 0; i < count && out.length; i++) {
        out[r.int(out.length)] = r.pick(language === 'js' ? JS_SOUP : PY_SOUP);
      }
      return { tokens: out, step: 'replace' };
    }
  }
}

function soup(r: Random, language: FuzzLanguage): string {
  const vocabulary = language === 'js' ? JS_SOUP : PY_SOUP;
  const count = 1 + r.int(400);
  let text = '';
  for (let i = 0; i < count; i++) {
    text += r.next() < 0.03 ? r.pick(EXOTIC) : r.pick(vocabulary);
    text += r.next() < 0.5 ? ' ' : '';
  }
  return text;
}

export class InputGenerator {
  private readonly seeds: Record<FuzzLanguage, string[]>;
  private readonly tokenCache = new Map<string, string[]>();

  constructor(
    private readonly r: Random,
    testDir: string,
  ) {
    this.seeds = { js: corpusFiles(testDir, 'js'), py: corpusFiles(testDir, 'py') };
  }

  private tokensOf(file: string): string[] {
    let tokens = this.tokenCache.get(file);
    if (!tokens) {
      tokens = tokenize(readFileSync(file, 'utf8'));
      this.tokenCache.set(file, tokens);
    }
    return tokens;
  }

  next(language: FuzzLanguage): FuzzInput {
    const r = this.r;
    const extension = language === 'js' ? r.pick(JS_EXTENSIONS) : r.pick(PY_EXTENSIONS);
    const filename = `src/fuzz${extension}`;
    const seeds = this.seeds[language];
    if (seeds.length === 0 || r.next() < 0.15) {
      return { language, filename, text: soup(r, language), recipe: 'token soup' };
    }
    const seed = r.pick(seeds);
    let tokens = this.tokensOf(seed);
    const steps: string[] = [];
    const rounds = 1 + r.int(6);
    for (let i = 0; i < rounds; i++) {
      const mutated = mutateTokens(r, tokens, this.tokensOf(r.pick(seeds)), language);
      tokens = mutated.tokens;
      steps.push(mutated.step);
    }
    return {
      language,
      filename,
      text: tokens.join(''),
      recipe: `${path.basename(path.dirname(seed))}/${path.basename(seed)}: ${steps.join(', ')}`,
    };
  }
}

export interface CheckOptions {
  /** The per-file analysis time limit; the engine must stop itself within it (plus slack). */
  timeMs: number;
  /** Analyze a second time and compare (slower). */
  determinism: boolean;
}

function summary(findings: readonly EngineFinding[]): string {
  return findings.map((f) => `${f.fingerprint} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`).join('\n');
}

/** Runs one input through the engine and says how it failed, if it did. */
export function check(input: FuzzInput, options: CheckOptions): FuzzFailure | undefined {
  const started = performance.now();
  let findings: EngineFinding[];
  try {
    findings = analyzeText(input.filename, input.text, { rules: RULES, mode: 'scan', limits: { timeMs: options.timeMs } }).findings;
  } catch (error) {
    return {
      kind: 'exception',
      detail: error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join(' | ') : String(error),
    };
  }
  const elapsed = performance.now() - started;
  // The engine checks its deadline between steps: a little slack, never a second limit's worth.
  if (elapsed > options.timeMs + 2_000) {
    return { kind: 'hang', detail: `took ${Math.round(elapsed)} ms with a ${options.timeMs} ms limit` };
  }
  const internal = findings.find((f) => f.ruleId === 'airlock/internal-error');
  if (internal) {
    return { kind: 'internal-error', detail: internal.message };
  }
  const lineCount = input.text.split(/\r\n|\r|\n/).length;
  const bad = findings.find(
    (f) => f.line < 1 || f.column < 1 || f.endLine < f.line || f.endLine > lineCount || (f.endLine === f.line && f.endColumn < f.column),
  );
  if (bad) {
    return {
      kind: 'bad-range',
      detail: `${bad.ruleId} at ${bad.line}:${bad.column}-${bad.endLine}:${bad.endColumn} in ${lineCount} lines`,
    };
  }
  if (options.determinism) {
    const again = analyzeText(input.filename, input.text, { rules: RULES, mode: 'scan', limits: { timeMs: options.timeMs } }).findings;
    const limited = (fs: readonly EngineFinding[]): boolean => fs.some((f) => f.ruleId === 'airlock/not-analyzed');
    if (!limited(findings) && !limited(again) && summary(findings) !== summary(again)) {
      return { kind: 'nondeterministic', detail: 'a second analysis of the same text gave different findings' };
    }
  }
  return undefined;
}

/**
 * Shrinks a failing input while it keeps failing the same way: drop chunks of lines (halving the
 * chunk size), then chunks of characters. `fails` runs one candidate (in a worker the caller can
 * kill, for hangs); bounded by `budget` candidates.
 */
export async function minimize(input: FuzzInput, fails: (text: string) => Promise<boolean>, budget = 400): Promise<FuzzInput> {
  let checks = 0;
  const shrink = async (parts: string[], joiner: string): Promise<string[]> => {
    let chunk = Math.max(1, Math.floor(parts.length / 2));
    while (chunk >= 1 && checks < budget) {
      let changed = false;
      for (let start = 0; start < parts.length && checks < budget;) {
        const candidate = [...parts.slice(0, start), ...parts.slice(start + chunk)];
        checks++;
        if (candidate.length < parts.length && (await fails(candidate.join(joiner)))) {
          parts = candidate;
          changed = true;
        } else {
          start += chunk;
        }
      }
      if (!changed) {
        chunk = Math.floor(chunk / 2);
      }
    }
    return parts;
  };
  const lines = (await shrink(input.text.split('\n'), '\n')).join('\n');
  const chars = (await shrink([...lines], '')).join('');
  return { ...input, text: chars, recipe: `${input.recipe} (minimized)` };
}
