/**
 * The peers the bench compares Airlock with, found or installed by the bench itself: ESLint with
 * eslint-plugin-security and @microsoft/eslint-plugin-sdl (dev dependencies, pinned by the
 * lockfile), Bandit (Debian's python3-bandit), and GNU time for peak memory. A missing peer is
 * reported and skipped; nothing else depends on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { firstLines, type RssProbe } from './bench-run';

export interface Options {
  /** Whether the bench may run apt-get (only as root, non-interactively). */
  install: boolean;
  log: (line: string) => void;
}

function which(command: string): string | undefined {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found ? found : undefined;
}

/** apt-get is tried only as root, with no terminal to ask on, and when the caller allows it. */
function aptAllowed(options: Options): string | undefined {
  if (!options.install) {
    return '--no-install';
  }
  if (process.getuid?.() !== 0) {
    return 'not root';
  }
  if (process.stdin.isTTY) {
    return 'interactive terminal';
  }
  if (!which('apt-get')) {
    return 'no apt-get';
  }
  return undefined;
}

function aptInstall(pkg: string, options: Options): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = (): boolean =>
    spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', pkg], { env, stdio: 'ignore', timeout: 600_000 }).status === 0;
  options.log(`installing ${pkg} with apt-get ...`);
  if (install()) {
    return true;
  }
  options.log(`apt-get install ${pkg} failed; apt-get update, then once more ...`);
  spawnSync('apt-get', ['update', '-q'], { env, stdio: 'ignore', timeout: 600_000 });
  return install();
}

/** GNU time if present (installing Debian's `time` when allowed), else a python3 getrusage wrapper. */
export function findRssProbe(options: Options): RssProbe {
  const gnuTime = '/usr/bin/time';
  const works = (): boolean => existsSync(gnuTime) && spawnSync(gnuTime, ['-v', 'true'], { stdio: 'ignore' }).status === 0;
  if (works()) {
    return { kind: 'gnu-time', path: gnuTime };
  }
  const why = aptAllowed(options);
  if (why === undefined && aptInstall('time', options) && works()) {
    return { kind: 'gnu-time', path: gnuTime };
  }
  options.log(`/usr/bin/time: not available (apt-get install time${why ? `; not tried: ${why}` : ''}); using a python3 getrusage wrapper`);
  const python = which('python3');
  return python ? { kind: 'python', python } : { kind: 'none', why: 'neither /usr/bin/time nor python3' };
}

export type Peer<T> = { ok: true; version: string; value: T } | { ok: false; why: string };

// --- Bandit --------------------------------------------------------------------------------

/** The `bandit` command: on PATH, else installed from Debian when allowed. */
export function findBandit(options: Options): Peer<string> {
  const version = (cmd: string): string | undefined => {
    const result = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
    return result.status === 0 ? (/bandit\s+([\d.]+)/.exec(result.stdout)?.[1] ?? result.stdout.trim().split('\n')[0]) : undefined;
  };
  let cmd = which('bandit');
  if (!cmd) {
    const why = aptAllowed(options);
    if (why === undefined && aptInstall('python3-bandit', options)) {
      cmd = which('bandit') ?? (existsSync('/usr/bin/bandit') ? '/usr/bin/bandit' : undefined);
    }
    if (!cmd) {
      return { ok: false, why: `not installed (apt-get install python3-bandit${why ? `; not tried: ${why}` : ''})` };
    }
  }
  const v = version(cmd);
  return v ? { ok: true, version: v, value: cmd } : { ok: false, why: `${cmd} --version failed` };
}

// --- ESLint with the security plugins ------------------------------------------------------

export interface EslintSetup {
  /** node + eslint's own bin script (no npx, so no npm start-up in the timings). */
  bin: string;
  config: string;
  versions: Record<string, string>;
  rules: string[];
}

export const ESLINT_PLUGINS = ['eslint-plugin-security', '@microsoft/eslint-plugin-sdl'] as const;

function versionOf(req: NodeRequire, pkg: string): string {
  return (JSON.parse(readFileSync(req.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
}

/**
 * The rules "security rules only" means: the `recommended` configs of the two plugins, merged.
 * eslint-plugin-security's turns on all of its rules; @microsoft/eslint-plugin-sdl's turns on its
 * own rules (but no-insecure-random and no-angular-sanitization-trusted-urls, which it leaves
 * out), ESLint's eval-like core rules (no-eval, no-implied-eval, no-new-func, no-caller,
 * no-delete-var), n/no-deprecated-api and three react rules, with the plugins it bundles. No
 * other rule: no eslint:recommended, no style. The same code runs in the written config file.
 */
const MERGE_CONFIGS = `
const plugins = { security };
const rules = { ...security.configs.recommended.rules };
for (const config of [].concat(sdl.configs.recommended)) {
  for (const [name, plugin] of Object.entries(config.plugins ?? {})) {
    // sdl registers its own older eslint-plugin-security as "security" but enables none of its rules.
    if (name !== 'security') plugins[name] = plugin;
  }
  Object.assign(rules, config.rules ?? {});
}`;

interface PluginModule {
  rules?: Record<string, unknown>;
  configs?: Record<
    string,
    | { rules?: Record<string, unknown>; plugins?: Record<string, unknown> }
    | { rules?: Record<string, unknown>; plugins?: Record<string, unknown> }[]
  >;
}

/** MERGE_CONFIGS in TypeScript: the rule ids the written config turns on. */
function mergedRules(security: PluginModule, sdl: PluginModule): string[] {
  const securityRecommended = security.configs?.recommended;
  const rules = new Set(Object.keys((Array.isArray(securityRecommended) ? undefined : securityRecommended)?.rules ?? {}));
  for (const config of ([] as { rules?: Record<string, unknown> }[]).concat(sdl.configs?.recommended ?? [])) {
    for (const id of Object.keys(config.rules ?? {})) {
      rules.add(id);
    }
  }
  return [...rules];
}

/**
 * Writes a flat config into `dir` with those rules and nothing else. .ts/.tsx/.mts/.cts files are
 * parsed with typescript-eslint's parser (no type information, as Airlock); JS with ESLint's
 * default parser (espree, latest ECMAScript, JSX on for .js/.jsx as Airlock does). Inline
 * configuration comments in the corpus are ignored, so no file can switch rules on or off.
 */
export function setUpEslint(projectRoot: string, dir: string): Peer<EslintSetup> {
  const req = createRequire(path.join(projectRoot, 'package.json'));
  const versions: Record<string, string> = {};
  let parserPath: string;
  try {
    versions.eslint = versionOf(req, 'eslint');
    for (const plugin of ESLINT_PLUGINS) {
      versions[plugin] = versionOf(req, plugin);
    }
    // The parser typescript-eslint itself uses (resolved from there, wherever npm placed it).
    const tsReq = createRequire(req.resolve('typescript-eslint/package.json'));
    parserPath = tsReq.resolve('@typescript-eslint/parser');
    versions['@typescript-eslint/parser'] = versionOf(tsReq, '@typescript-eslint/parser');
  } catch (error) {
    return {
      ok: false,
      why: `not installed (npm ci installs the dev dependencies): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    };
  }
  let rules: string[];
  try {
    rules = mergedRules(req('eslint-plugin-security') as PluginModule, req('@microsoft/eslint-plugin-sdl') as PluginModule);
  } catch (error) {
    return { ok: false, why: `a plugin does not load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  mkdirSync(dir, { recursive: true });
  const config = path.join(dir, 'eslint.config.mjs');
  const j = (value: unknown): string => JSON.stringify(value);
  writeFileSync(
    config,
    [
      "// Written by scripts/bench.ts: the security plugins' recommended rules, nothing from the corpus.",
      "import { createRequire } from 'node:module';",
      `const require = createRequire(${j(path.join(projectRoot, 'package.json'))});`,
      "const security = require('eslint-plugin-security');",
      "const sdl = require('@microsoft/eslint-plugin-sdl');",
      `const tsParser = require(${j(parserPath)});`,
      MERGE_CONFIGS.trim(),
      'export default [',
      '  {',
      "    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],",
      '    plugins,',
      "    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },",
      '    rules,',
      '  },',
      "  { files: ['**/*.{js,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },",
      "  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },",
      '];',
      '',
    ].join('\n'),
  );
  const eslintJson = req.resolve('eslint/package.json');
  const binField = (JSON.parse(readFileSync(eslintJson, 'utf8')) as { bin?: string | Record<string, string> }).bin;
  const bin = path.join(path.dirname(eslintJson), typeof binField === 'string' ? binField : (binField?.eslint ?? 'bin/eslint.js'));
  return { ok: true, version: versions.eslint, value: { bin, config, versions, rules } };
}

/** ESLint's arguments for linting `targets` (relative to cwd) with the bench's config. */
export function eslintArgs(setup: EslintSetup, output: string, targets: string[]): string[] {
  return [setup.bin, '--config', setup.config, '--format', 'json', '--output-file', output, '--no-warn-ignored', ...targets];
}

interface EslintResult {
  filePath: string;
  messages: { ruleId: string | null; fatal?: boolean; message: string }[];
}

/** Counts from ESLint's JSON output: files, warnings, files that did not parse. */
export function readEslintOutput(file: string): { files: number; warnings: number; fatal: number; rules: Set<string> } {
  const results = JSON.parse(readFileSync(file, 'utf8')) as EslintResult[];
  const rules = new Set<string>();
  let warnings = 0;
  let fatal = 0;
  for (const r of results) {
    for (const m of r.messages) {
      if (m.fatal) {
        fatal++;
      } else {
        warnings++;
        if (m.ruleId) {
          rules.add(m.ruleId);
        }
      }
    }
  }
  return { files: results.length, warnings, fatal, rules };
}

/**
 * Checks that the plugins load and run under the installed ESLint major: lints a small file that
 * each plugin must flag. Returns why not when they do not.
 */
export function checkEslint(setup: EslintSetup, dir: string): string | undefined {
  const sample = path.join(dir, 'eslint-check', 'sample.js');
  mkdirSync(path.dirname(sample), { recursive: true });
  writeFileSync(sample, "const cp = require('child_process');\ncp.exec(process.argv[2]);\ndocument.body.innerHTML = location.hash;\n");
  const output = path.join(dir, 'eslint-check', 'out.json');
  const result = spawnSync(process.execPath, eslintArgs(setup, output, ['eslint-check']), { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) {
    return `ESLint ${setup.versions.eslint} with the plugins fails (exit ${result.status}): ${firstLines(result.stderr || result.stdout, 3)}`;
  }
  const { rules, fatal } = readEslintOutput(output);
  const missing = ['security/', '@microsoft/sdl/'].filter((prefix) => ![...rules].some((r) => r.startsWith(prefix)));
  if (fatal > 0 || missing.length > 0) {
    return `ESLint ${setup.versions.eslint}: the check file was not flagged by ${missing.join(', ') || 'a parser'}`;
  }
  return undefined;
}
