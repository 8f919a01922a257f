/**
 * The command line: arguments in, a report and an exit code out (0 nothing at or above
 * --fail-on, 1 findings, 2 usage/config/git error). All analysis happens in core and node.
 */
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../../package.json';
import { TOOL } from './tool';
import { DEFAULT_LIMITS } from '../core/engine/analyze';
import { RULES, allRuleMetas } from '../core/rules/index';
import { MAX_SHARDS, parseShard } from '../core/scan/shard';
import { PatchError } from '../core/diff/patch';
import { GitError } from '../node/git';
import type { CritiqueReport } from '../core/critique/run';
import { critiqueCacheDir, critiqueChange } from '../node/critique';
import { recordCritiques } from '../node/critique-records';
import { DEFAULT_BASE_URL, DEFAULT_MODEL, folderCache, openAIProvider } from '../node/openai';
import { ConfigError } from '../core/ledger/config';
import { GateError, LedgerFormatError } from '../node/gate';
import { HookError } from '../node/hooks';
import { KeyError, keyFilePath, loadKeyFile } from '../node/keys';
import { LedgerFileError, LedgerLockError } from '../node/ledger-file';
import { ResolveError } from '../node/resolve';
import { gateCommand, hooksCommand, keysCommand, resolveCommand } from './gate';
import { reviewGit, reviewPatch, readPatchInput } from '../node/review';
import { findingsCacheDir } from '../node/findings-cache';
import { scan } from '../node/scan';
import { ReportInputError } from '../core/report/read';
import { rulesetVersion } from '../core/engine/ruleset';
import { emit } from './emit';
import { mergeCommand } from './merge';
import { MAIN_HELP, REVIEW_HELP, RULES_HELP, SCAN_HELP } from './help';
import { OUTPUT_ARG_SPEC, outputOptions, UsageError } from './options';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  /** Absolute path of the running CLI script (set by the bundle's entry point). */
  cliPath?: string;
}

export { TOOL };

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'review':
        return await reviewCommand(rest, io);
      case 'scan':
        return await scanCommand(rest, io);
      case 'merge':
        return await mergeCommand(rest, io);
      case 'rules':
        return rulesCommand(rest, io);
      case 'gate':
        return await gateCommand(rest, io);
      case 'resolve':
        return await resolveCommand(rest, io, 'resolve');
      case 'unresolve':
        return await resolveCommand(rest, io, 'unresolve');
      case 'keys':
        return await keysCommand(rest, io);
      case 'hooks':
        return await hooksCommand(rest, io, io.cliPath);
      case '--version':
      case '-v':
      case 'version':
        io.stdout.write(`${pkg.version}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(MAIN_HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr.write(`airlock: ${error.message}\nRun "airlock --help" for usage.\n`);
      return 2;
    }
    if (error instanceof GitError) {
      io.stderr.write(`airlock: git error: ${error.message}\n`);
      return 2;
    }
    if (error instanceof LedgerFormatError) {
      io.stderr.write(
        `airlock: the review ledger or the critiques file has lines that are not valid records (nothing was changed):\n${error.message}\n`,
      );
      return 2;
    }
    if (
      error instanceof PatchError ||
      error instanceof GateError ||
      error instanceof ConfigError ||
      error instanceof KeyError ||
      error instanceof ResolveError ||
      error instanceof HookError ||
      error instanceof LedgerLockError ||
      error instanceof LedgerFileError ||
      error instanceof ReportInputError
    ) {
      io.stderr.write(`airlock: ${error.message}\n`);
      return 2;
    }
    const err = error as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && err.syscall) {
      io.stderr.write(`airlock: ${err.message}\n`);
      return 2;
    }
    io.stderr.write(`airlock: internal error: ${err?.stack ?? String(error)}\n`);
    return 2;
  }
}

async function reviewCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      ...OUTPUT_ARG_SPEC,
      base: { type: 'string' },
      staged: { type: 'boolean' },
      head: { type: 'string' },
      patch: { type: 'string' },
      critique: { type: 'boolean' },
      model: { type: 'string' },
      'base-url': { type: 'string' },
      'critique-timeout': { type: 'string' },
      'no-cache': { type: 'boolean' },
      'no-stream': { type: 'boolean' },
      'critique-budget': { type: 'string' },
      record: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(REVIEW_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`review takes no paths (got "${positionals[0]}"); use "airlock scan" for folders`);
  }
  const modes = [values.staged, values.head !== undefined, values.patch !== undefined].filter(Boolean).length;
  if (modes > 1) {
    throw new UsageError('--staged, --head and --patch cannot be combined');
  }
  if (values.record && !values.critique) {
    throw new UsageError('--record goes with --critique: it records the critiques of this run in .airlock/critiques.jsonl');
  }
  const out = outputOptions(values, io.env, io.stdout.isTTY === true);
  const limits = { ...DEFAULT_LIMITS, maxBytes: out.maxFileSize };
  const base = values.base ?? 'HEAD';
  const outcome =
    values.patch !== undefined
      ? await reviewPatch({
          cwd: io.cwd,
          patch: await readPatchInput(values.patch, io.cwd, io.stdin),
          base,
          rules: RULES,
          limits,
          lineHashes: out.format === 'sarif',
        })
      : await reviewGit({
          cwd: io.cwd,
          base,
          staged: values.staged === true,
          head: values.head,
          rules: RULES,
          limits,
          lineHashes: out.format === 'sarif',
        });
  let critique: CritiqueReport | undefined;
  if (values.critique) {
    const timeout = Number(values['critique-timeout'] ?? '60');
    if (!Number.isFinite(timeout) || timeout <= 0) {
      throw new UsageError(`--critique-timeout must be a positive number of seconds (got "${values['critique-timeout']}")`);
    }
    const budget = values['critique-budget'] === undefined ? undefined : Number(values['critique-budget']);
    if (budget !== undefined && (!Number.isInteger(budget) || budget <= 0)) {
      throw new UsageError(`--critique-budget must be a positive number of tokens (got "${values['critique-budget']}")`);
    }
    const apiKey = io.env.AIRLOCK_API_KEY || io.env.OPENAI_API_KEY || undefined;
    const baseURL = values['base-url'] ?? io.env.AIRLOCK_BASE_URL ?? DEFAULT_BASE_URL;
    const model = values.model ?? io.env.AIRLOCK_MODEL ?? DEFAULT_MODEL;
    critique = await critiqueChange({
      changes: outcome.changes ?? [],
      findings: outcome.findings,
      provider: apiKey
        ? openAIProvider({ apiKey, baseURL, model, timeoutMs: timeout * 1000, stream: values['no-stream'] !== true })
        : undefined,
      missing: 'no API key: set AIRLOCK_API_KEY or OPENAI_API_KEY',
      model,
      endpoint: baseURL,
      // The whole phase, retries included, ends within a few request timeouts.
      deadlineMs: timeout * 4000,
      cache: values['no-cache'] ? undefined : folderCache(critiqueCacheDir(io.env)),
      budgetTokens: budget,
    });
    // Model faults never change the exit code or the static output: they are reported.
    for (const error of critique.errors) {
      io.stderr.write(`airlock: critique: ${error}\n`);
    }
    if (values.record) {
      await recordRun(critique, io);
    }
  } else if (
    values.model !== undefined ||
    values['base-url'] !== undefined ||
    values['critique-timeout'] !== undefined ||
    values['critique-budget'] !== undefined
  ) {
    throw new UsageError('--model, --base-url, --critique-timeout and --critique-budget go with --critique');
  }
  return emit(
    {
      command: 'review',
      tool: TOOL,
      critique,
      base: outcome.baseLabel,
      capabilityDelta: outcome.capabilityDelta,
      findings: outcome.findings,
      notAnalyzed: outcome.notAnalyzed,
      errors: [],
      rules: allRuleMetas(),
      root: outcome.root,
      filesAnalyzed: outcome.filesReviewed,
      ruleset: rulesetVersion(RULES.map((r) => r.meta)),
    },
    out,
    io,
  );
}

/** `review --critique --record`: the run's critiques and critiqued hunks go to .airlock/critiques.jsonl. */
async function recordRun(critique: CritiqueReport, io: Io): Promise<void> {
  const keyFile = keyFilePath(io.env);
  const hasKey = await stat(keyFile).then(
    () => true,
    () => false,
  );
  const key = hasKey ? await loadKeyFile(keyFile) : undefined;
  const written = await recordCritiques(io.cwd, critique, key);
  const where = path.relative(io.cwd, written.file) || written.file;
  const count = `${written.added} critique record${written.added === 1 ? '' : 's'}`;
  io.stderr.write(
    key
      ? `airlock: recorded ${count} in ${where}, signed by ${key.name} <${key.email}> (key ${key.keyId}); commit it with the change\n`
      : `airlock: recorded ${count} in ${where}, unsigned (no reviewer key at ${keyFile}): they add flags, but do not ` +
          'show the hunks were critiqued under a policy with "requireCritique" (airlock keys init); commit it with the change\n',
  );
}

async function scanCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { ...OUTPUT_ARG_SPEC, 'no-ignore': { type: 'boolean' }, 'no-cache': { type: 'boolean' }, shard: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(SCAN_HELP);
    return 0;
  }
  const out = outputOptions(values, io.env, io.stdout.isTTY === true);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard) {
    throw new UsageError(`--shard must be K/N, the K-th of N parts with 1 <= K <= N <= ${MAX_SHARDS} (got "${values.shard}")`);
  }
  if (!values['no-cache'] && io.env.AIRLOCK_CACHE_DIR && !path.isAbsolute(io.env.AIRLOCK_CACHE_DIR)) {
    throw new UsageError(`AIRLOCK_CACHE_DIR must be an absolute path (got "${io.env.AIRLOCK_CACHE_DIR}")`);
  }
  const progress = io.stderr.isTTY === true && !out.quiet;
  let lastDraw = 0;
  const result = await scan({
    cwd: io.cwd,
    paths: positionals,
    includeIgnored: values['no-ignore'] === true,
    rules: RULES,
    limits: { ...DEFAULT_LIMITS, maxBytes: out.maxFileSize },
    lineHashes: out.format === 'sarif',
    cache: values['no-cache'] ? undefined : { dir: findingsCacheDir(io.env), toolVersion: TOOL.version },
    shard,
    onProgress: progress
      ? (done, total) => {
          const now = Date.now();
          if (now - lastDraw > 150 || done === total) {
            lastDraw = now;
            io.stderr.write(`\r\u001b[2Kairlock: scanned ${done}${total ? `/${total}` : ''} files`);
          }
        }
      : undefined,
  });
  if (progress && result.filesScanned > 0) {
    io.stderr.write('\r\u001b[2K');
  }
  if (result.errors.length > 0) {
    for (const error of result.errors) {
      io.stderr.write(`airlock: ${error}\n`);
    }
    return 2;
  }
  return emit(
    {
      command: 'scan',
      tool: TOOL,
      findings: result.findings,
      notAnalyzed: result.notAnalyzed,
      errors: [],
      rules: allRuleMetas(),
      root: result.root,
      filesAnalyzed: result.filesScanned,
      shard,
      ruleset: rulesetVersion(RULES.map((r) => r.meta)),
    },
    out,
    io,
  );
}

function rulesCommand(args: readonly string[], io: Io): number {
  const { values } = parseArgs({
    args: [...args],
    options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    io.stdout.write(RULES_HELP);
    return 0;
  }
  const metas = allRuleMetas();
  if (values.format === 'json') {
    io.stdout.write(
      `${JSON.stringify(
        metas.map((m) => ({ id: m.id, category: m.category, severity: m.severity, summary: m.summary, why: m.why })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  if (values.format !== undefined && values.format !== 'text') {
    throw new UsageError(`--format must be text or json (got "${values.format}")`);
  }
  for (const m of metas) {
    io.stdout.write(`${m.id.padEnd(30)} ${m.category.padEnd(21)} ${m.severity.padEnd(7)} ${m.summary}\n`);
  }
  return 0;
}
