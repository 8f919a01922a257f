/**
 * Whole-folder audits. Lists files git-aware (tracked plus untracked-not-ignored in a repository;
 * .gitignore files honoured outside one), skips dependency and build folders unless asked, never
 * follows symlinks, and streams: each file is read, analyzed and dropped before the next. With a
 * findings cache, a file whose content is unchanged since a previous scan is read and hashed but
 * not analyzed again.
 */
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { analyzeFile, notAnalyzedFinding, type EngineFinding, type Limits } from '../core/engine/analyze';
import { runDiffRules } from '../core/engine/diff-rules';
import { assignFingerprints } from '../core/engine/fingerprint';
import type { DiffRule, Rule } from '../core/engine/rule';
import { loadPythonParser } from './python';
import { MODE_SYMLINK } from '../core/diff/change';
import { compareFindings, type NotAnalyzed } from '../core/model/finding';
import { isCacheable, type FileOutcome } from '../core/scan/cache-entry';
import { shardOf, type Shard } from '../core/scan/shard';
import { readRegularFile, toReportPath } from './files';
import { contentDigest, openFindingsCache, type FindingsCache, type FindingsCacheConfig } from './findings-cache';
import { GitError, runGit } from './git';
import { heapUsed } from './heap';

/** Folders skipped unless `includeIgnored`: dependencies and build output. */
export const DEFAULT_EXCLUDED_DIRS = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  'dist',
  'build',
  'out',
  'coverage',
  '.nyc_output',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.turbo',
  '.cache',
  '.parcel-cache',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
]);

export interface ScanSpec {
  cwd: string;
  paths: string[];
  /** Include git-ignored files and dependency/build folders. */
  includeIgnored: boolean;
  rules: readonly Rule[];
  limits: Limits;
  /** Compute GitHub's `primaryLocationLineHash` (for SARIF output). */
  lineHashes?: boolean;
  onProgress?: (done: number, total: number | undefined) => void;
  /** Stops the audit between files; `scan` then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Gitignore-style patterns relative to the root: when given, only matching files are audited. */
  include?: readonly string[];
  /** Gitignore-style patterns relative to the root: matching files are not audited. */
  exclude?: readonly string[];
  /**
   * Files in flight at once (analysis itself runs one file at a time). Default 2: the next file is
   * read by libuv's threads while this one is analyzed, so the audit does not wait on the disk.
   */
  concurrency?: number;
  /** false: never run git (an untrusted workspace); folders are walked, honouring .gitignore files. */
  useGit?: boolean;
  /** Reuse the findings of files unchanged since an earlier scan (see findings-cache.ts). */
  cache?: FindingsCacheConfig;
  /** Only the files of this shard (by a hash of their report path): the shards of a tree cover it once. */
  shard?: Shard;
  /**
   * Analyzes one file in place of the in-process `analyzeFile` with `rules` (the editor passes its
   * analysis worker pool, which runs the built-in rules off the editor's thread). It rejects only
   * when the signal is aborted.
   */
  analyze?: (path: string, bytes: Uint8Array, options: AnalyzeHookOptions) => Promise<FileOutcome>;
}

export interface AnalyzeHookOptions {
  mode: 'scan';
  limits: Limits;
  lineHashes: boolean;
  signal?: AbortSignal;
}

export interface ScanResult {
  root: string;
  findings: EngineFinding[];
  notAnalyzed: NotAnalyzed[];
  filesScanned: number;
  /** Files whose findings came from the cache, not from a new analysis. */
  fromCache: number;
  errors: string[];
}

export async function scanRoot(cwd: string): Promise<{ root: string; git: boolean }> {
  try {
    const result = await runGit(cwd, ['rev-parse', '--show-toplevel'], { okCodes: [128] });
    if (result.code === 0) {
      return { root: result.stdout.toString('utf8').trim(), git: true };
    }
  } catch (error) {
    if (!(error instanceof GitError)) {
      throw error;
    }
  }
  return { root: path.resolve(cwd), git: false };
}

export async function scan(spec: ScanSpec): Promise<ScanResult> {
  const { root, git } = spec.useGit === false ? { root: path.resolve(spec.cwd), git: false } : await scanRoot(spec.cwd);
  const targets = (spec.paths.length > 0 ? spec.paths : ['.']).map((p) => path.resolve(spec.cwd, p));
  const files = new Set<string>();
  const errors: string[] = [];
  for (const target of targets) {
    let stat;
    try {
      stat = await lstat(target);
    } catch {
      errors.push(`no such file or folder: ${path.relative(spec.cwd, target) || target}`);
      continue;
    }
    if (!stat.isDirectory()) {
      files.add(target);
    } else if (git && !spec.includeIgnored && isInside(root, target)) {
      for (const file of await gitFiles(root, target)) {
        files.add(file);
      }
    } else {
      for (const file of await walk(target, spec.includeIgnored)) {
        files.add(file);
      }
    }
  }
  spec.signal?.throwIfAborted();
  const selected = selector(spec);
  const ordered = selectFiles([...files].sort(), root, selected);
  const cache = spec.cache
    ? await openFindingsCache(spec.cache, {
        root,
        rules: spec.rules,
        limits: spec.limits,
        lineHashes: spec.lineHashes === true,
        includeIgnored: spec.includeIgnored,
      })
    : undefined;
  const findings: EngineFinding[] = [];
  const notAnalyzed: NotAnalyzed[] = [];
  const diffRules = spec.rules.filter((r): r is DiffRule => r.kind === 'diff');
  let done = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ordered.length) {
      spec.signal?.throwIfAborted();
      const file = ordered[next++];
      const outcome = await auditFile(file, root, spec, diffRules, cache);
      findings.push(...outcome.findings);
      if (outcome.notAnalyzed) {
        notAnalyzed.push(outcome.notAnalyzed);
      }
      done++;
      spec.onProgress?.(done, ordered.length);
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(spec.concurrency ?? 2), 16));
  await Promise.all(Array.from({ length: Math.min(workers, Math.max(ordered.length, 1)) }, worker));
  spec.signal?.throwIfAborted();
  if (cache) {
    const scopes = targets.map((t) => toReportPath(path.relative(root, t)));
    await cache.save((rel) => scopes.some((s) => s === '' || rel === s || rel.startsWith(`${s}/`)) && (!selected || selected(rel)));
  }
  notAnalyzed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, findings: findings.sort(compareFindings), notAnalyzed, filesScanned: done, fromCache: cache?.hits ?? 0, errors };
}

/** Keeps the files the include/exclude patterns and the shard select. */
function selectFiles(files: string[], root: string, selected: ((rel: string) => boolean) | undefined): string[] {
  return selected ? files.filter((file) => selected(toReportPath(path.relative(root, file)))) : files;
}

/**
 * Whether the include/exclude patterns (gitignore syntax, matched against root-relative paths)
 * and the shard keep the file at a report path; undefined when there are none.
 */
function selector(spec: Pick<ScanSpec, 'include' | 'exclude' | 'shard'>): ((rel: string) => boolean) | undefined {
  const include = spec.include && spec.include.length > 0 ? ignore().add([...spec.include]) : undefined;
  const exclude = spec.exclude && spec.exclude.length > 0 ? ignore().add([...spec.exclude]) : undefined;
  const shard = spec.shard && spec.shard.count > 1 ? spec.shard : undefined;
  if (!include && !exclude && !shard) {
    return undefined;
  }
  const patterns = (rel: string): boolean =>
    rel.startsWith('../') || path.isAbsolute(rel) || ((!include || include.ignores(rel)) && !(exclude && exclude.ignores(rel)));
  return (rel) => patterns(rel) && (!shard || shardOf(rel, shard.count) === shard.index);
}

async function auditFile(
  file: string,
  root: string,
  spec: ScanSpec,
  diffRules: readonly DiffRule[],
  cache: FindingsCache | undefined,
): Promise<FileOutcome> {
  const rel = toReportPath(path.relative(root, file));
  const read = await readRegularFile(file, spec.limits.maxBytes);
  if (read.ok) {
    const digest = cache ? contentDigest(read.bytes) : '';
    const cached = cache?.get(rel, digest);
    if (cached) {
      return cached;
    }
    let outcome: FileOutcome;
    let started: number;
    if (spec.analyze) {
      started = performance.now();
      outcome = await spec.analyze(rel, read.bytes, {
        mode: 'scan',
        limits: spec.limits,
        lineHashes: spec.lineHashes === true,
        signal: spec.signal,
      });
    } else {
      // Loaded on the first file analyzed: a scan answered from the cache never needs it.
      await loadPythonParser();
      started = performance.now();
      const result = analyzeFile(rel, read.bytes, {
        rules: spec.rules,
        limits: spec.limits,
        mode: 'scan',
        lineHashes: spec.lineHashes,
        heapUsed,
      });
      outcome = { findings: result.findings, notAnalyzed: result.notAnalyzed };
    }
    if (cache && isCacheable(outcome, performance.now() - started, spec.limits.timeMs)) {
      cache.put(rel, digest, outcome);
    }
    return outcome;
  }
  if (read.kind === 'symlink') {
    const target = await readlink(file).catch(() => '');
    const linkFindings = runDiffRules(
      { status: 'added', newPath: rel, newMode: MODE_SYMLINK, newBytes: new TextEncoder().encode(target) },
      diffRules,
      undefined,
    ).filter((f) => f.severity === 'high');
    for (const finding of linkFindings) {
      delete finding.side;
    }
    assignFingerprints(linkFindings);
    return { findings: linkFindings };
  }
  if (read.kind === 'too-large') {
    return { findings: [notAnalyzedFinding(rel, read.reason, 'medium')], notAnalyzed: { path: rel, reason: read.reason } };
  }
  if (read.kind === 'error' && read.reason.includes('ENOENT')) {
    // Deleted while the audit ran: nothing is there to review.
    return { findings: [] };
  }
  if (read.kind === 'error') {
    // A file that is there but cannot be read (permissions, I/O) hides its content: a flag, not a skip.
    return { findings: [notAnalyzedFinding(rel, read.reason, 'high')], notAnalyzed: { path: rel, reason: read.reason } };
  }
  return { findings: [], notAnalyzed: { path: rel, reason: read.reason } };
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function gitFiles(root: string, dir: string): Promise<string[]> {
  const rel = path.relative(root, dir) || '.';
  const result = await runGit(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name', '--', rel]);
  const out: string[] = [];
  for (const file of result.stdout.toString('utf8').split('\0')) {
    if (file && !file.split('/').some((part) => DEFAULT_EXCLUDED_DIRS.has(part))) {
      out.push(path.join(root, file));
    }
  }
  return [...new Set(out)];
}

/** Walks a folder outside git (or with includeIgnored), honouring .gitignore files unless includeIgnored. */
async function walk(start: string, includeIgnored: boolean): Promise<string[]> {
  const out: string[] = [];
  const stack: { dir: string; rules: { base: string; ig: Ignore }[] }[] = [{ dir: start, rules: [] }];
  while (stack.length > 0) {
    const { dir, rules } = stack.pop() as (typeof stack)[number];
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    let scoped = rules;
    if (!includeIgnored && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        const ig = ignore().add(await readFile(path.join(dir, '.gitignore'), 'utf8'));
        scoped = [...rules, { base: dir, ig }];
      } catch {
        /* an unreadable .gitignore ignores nothing */
      }
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.name === '.git') {
        continue;
      }
      const isDir = entry.isDirectory();
      if (!includeIgnored && isDir && DEFAULT_EXCLUDED_DIRS.has(entry.name)) {
        continue;
      }
      if (!includeIgnored && scoped.some(({ base, ig }) => ig.ignores(toReportPath(path.relative(base, full)) + (isDir ? '/' : '')))) {
        continue;
      }
      if (isDir) {
        stack.push({ dir: full, rules: scoped });
      } else {
        out.push(full);
      }
    }
  }
  return out;
}
