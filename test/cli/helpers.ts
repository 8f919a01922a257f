/**
 * Shared helpers for the CLI tests: run `main()` in-process (or the built bundle as a child
 * process), and build real throwaway git repositories with deterministic commits.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main';
import type { JsonFinding, JsonReport } from '../../src/core/report/json';
import type { JsonGateReport } from '../../src/core/report/gate';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli.js');

/**
 * Variables that point git at another repository (set, for one, when tests run from a git hook).
 * Left in place they would make the tests' git commands, and the CLI's, act on the wrong repository.
 */
for (const key of [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
]) {
  delete process.env[key];
}

/**
 * The findings cache of `airlock scan`, for every CLI test and child process that does not choose
 * its own: a temporary folder, never the real ~/.cache. Removed when the test process exits.
 */
export const TEST_CACHE_DIR = mkdtempSync(path.join(os.tmpdir(), 'airlock-test-cache-'));
process.env.AIRLOCK_CACHE_DIR = TEST_CACHE_DIR;
process.on('exit', () => rmSync(TEST_CACHE_DIR, { recursive: true, force: true }));

/** Environment for the git commands the tests run: no user or system config, fixed identity and dates. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Airlock Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Airlock Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
};

// ---------------------------------------------------------------------------------------------
// Temporary directories

/**
 * Registers an `after` hook in the current `describe` that removes every directory made through
 * the returned function. Call it inside a `describe` body.
 */
export function useTempDirs(): (prefix?: string) => string {
  const made: string[] = [];
  after(() => {
    for (const dir of made) {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return (prefix = 'airlock-cli-') => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

// ---------------------------------------------------------------------------------------------
// Running the CLI

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  stdin?: string | Buffer;
  /** Pretend stdout is a terminal. */
  tty?: boolean;
}

/** Runs `main(argv, io)` in-process and captures everything it writes. */
export async function runCli(argv: readonly string[], options: CliOptions): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: options.cwd,
    env: { AIRLOCK_CACHE_DIR: TEST_CACHE_DIR, ...options.env },
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty === true },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
  });
  return { code, stdout, stderr };
}

export interface JsonRun {
  code: number;
  report: JsonReport;
  stderr: string;
}

/** Runs the CLI with `--format json` appended and parses the report (fails loudly if it is not JSON). */
export async function runJson(argv: readonly string[], options: CliOptions): Promise<JsonRun> {
  const result = await runCli([...argv, '--format', 'json'], options);
  let report: JsonReport;
  try {
    report = JSON.parse(result.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${result.code}):\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
  }
  return { code: result.code, report, stderr: result.stderr };
}

/** `node dist/cli.js ...` as a child process. */
export function runBundle(
  args: readonly string[],
  options: { cwd: string; input?: string; env?: NodeJS.ProcessEnv },
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: options.env ?? { ...process.env, NO_COLOR: '1' },
    timeout: 30_000,
  });
}

/** A compact, order-preserving view of findings for exact assertions. */
/** `airlock gate --base main --format json` in `cwd`: the exit code, the parsed report and stderr. */
export async function gateJson(
  cwd: string,
  env: NodeJS.ProcessEnv,
  extra: readonly string[] = [],
): Promise<{ code: number; report: JsonGateReport; stderr: string }> {
  const result = await runCli(['gate', '--base', 'main', '--format', 'json', ...extra], { cwd, env });
  let report: JsonGateReport;
  try {
    report = JSON.parse(result.stdout) as JsonGateReport;
  } catch {
    throw new Error(`gate did not print JSON (exit ${result.code}): ${result.stdout}\n${result.stderr}`);
  }
  return { code: result.code, report, stderr: result.stderr };
}

export function brief(findings: readonly JsonFinding[]): string[] {
  return findings.map((f) => `${f.path}:${f.line} ${f.ruleId} ${f.severity} ${f.side ?? '-'}`);
}

export function byRule(findings: readonly JsonFinding[], ruleId: string): JsonFinding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

// ---------------------------------------------------------------------------------------------
// Git repositories

export function git(cwd: string, args: readonly string[], input?: string | Buffer): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

export class Repo {
  constructor(readonly root: string) {}

  /** A new repository (branch `main`) in a fresh temporary directory. */
  static init(mkdir: (prefix?: string) => string, files: Record<string, string | Buffer> = {}, message = 'base'): Repo {
    const repo = new Repo(mkdir('airlock-repo-'));
    repo.git('init', '-q', '-b', 'main');
    // The CLI's own git runs with the user's environment: pin what could change how it sees files.
    appendFileSync(repo.path('.git/config'), '[core]\n\tautocrlf = false\n\tsafecrlf = false\n');
    if (Object.keys(files).length > 0) {
      repo.write(files);
      repo.commit(message);
    }
    return repo;
  }

  git(...args: string[]): string {
    return git(this.root, args);
  }

  path(rel: string): string {
    return path.join(this.root, rel);
  }

  write(files: Record<string, string | Buffer>): this {
    for (const [rel, content] of Object.entries(files)) {
      const full = this.path(rel);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
    return this;
  }

  rm(rel: string): this {
    rmSync(this.path(rel), { recursive: true, force: true });
    return this;
  }

  chmod(rel: string, mode: number): this {
    chmodSync(this.path(rel), mode);
    return this;
  }

  /** Sets a file's atime and mtime to a fixed old date. */
  age(rel: string): this {
    const old = new Date('2001-01-01T00:00:00Z');
    utimesSync(this.path(rel), old, old);
    return this;
  }

  /** `git add -A` then commit, with the user given through `-c` as well as the environment. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('-c', 'user.name=Airlock Test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '--no-verify', '-m', message);
    return this.head();
  }

  head(ref = 'HEAD'): string {
    return this.git('rev-parse', ref).trim();
  }
}

/** An 8x8 PNG-looking file: the PNG signature, then a header chunk with NUL bytes. */
export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 8, 0, 0, 0, 8, 8, 6, 0, 0, 0]),
]);
