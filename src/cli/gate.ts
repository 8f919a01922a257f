/**
 * The merge-gate commands: `gate`, `resolve`, `unresolve`, `keys` and `hooks`. Arguments in, a
 * report and an exit code out; the decisions are made in core (`evaluateGate`) and the git and
 * file work in node.
 */
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS } from '../core/engine/analyze';
import { VERDICTS, type Verdict } from '../core/ledger/record';
import { formatGateJson, formatGateText, shortId, type GateReportData } from '../core/report/gate';
import { formatSarif } from '../core/report/sarif';
import { safeSource, safeText } from '../core/report/text';
import { RULES, allRuleMetas } from '../core/rules/index';
import { GateError, baseTipOf, defaultBase, runGate, type GateOutcome } from '../node/gate';
import { runGit } from '../node/git';
import { DEFAULT_HOOKS, ensureUnionMerge, hooksStatus, installHooks, uninstallHooks, type HookName } from '../node/hooks';
import { generateReviewerKey, keyFilePath, loadKeyFile, saveKeyFile } from '../node/keys';
import { currentFlags, registerReviewer, selectFlags, writeResolutions } from '../node/resolve';
import { repositoryRoot } from '../node/changes';
import { GATE_HELP, HOOKS_HELP, KEYS_HELP, RESOLVE_HELP, UNRESOLVE_HELP } from './help';
import type { Io } from './main';
import { TOOL } from './tool';
import { UsageError } from './options';

async function gateOnce(
  io: Io,
  options: { base?: string; head?: string; worktree?: boolean; sarif: boolean; ledgerFrom?: 'worktree' | 'head' },
): Promise<{ outcome: GateOutcome; data: GateReportData }> {
  const outcome = await runGate({
    cwd: io.cwd,
    base: options.base,
    head: options.head,
    worktree: options.worktree,
    ledgerFrom: options.ledgerFrom,
    rules: RULES,
    limits: DEFAULT_LIMITS,
    lineHashes: options.sarif,
  });
  const data: GateReportData = {
    base: outcome.base,
    baseLabel: outcome.baseLabel,
    result: outcome.result,
    policy: outcome.policy,
    reviewersSource: outcome.reviewersSource,
    policySource: outcome.policySource,
    tool: { name: TOOL.name, version: TOOL.version },
    ruleset: outcome.ruleset,
  };
  return { outcome, data };
}

function exitCode(outcome: GateOutcome): number {
  return outcome.result.errors.length > 0 ? 2 : outcome.result.blocked ? 1 : 0;
}

export async function gateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      worktree: { type: 'boolean' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      hook: { type: 'string' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(GATE_HELP);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`--format must be text, json or sarif (got "${format}")`);
  }
  if (values.worktree && values.head !== undefined) {
    throw new UsageError('--worktree and --head cannot be combined');
  }
  if (values.hook !== undefined) {
    return hookGate(values.hook, positionals, io);
  }
  if (positionals.length > 0) {
    throw new UsageError(`gate takes no paths (got "${positionals[0]}")`);
  }
  const { outcome, data } = await gateOnce(io, {
    base: values.base,
    head: values.head,
    worktree: values.worktree,
    sarif: format === 'sarif',
  });
  const color = format === 'text' && values['no-color'] !== true && !io.env.NO_COLOR && io.stdout.isTTY === true && !values.output;
  const text =
    format === 'json'
      ? formatGateJson(data)
      : format === 'sarif'
        ? formatSarif({
            command: 'gate',
            tool: TOOL,
            base: outcome.baseLabel,
            capabilityDelta: outcome.capabilityDelta,
            findings: outcome.findings,
            notAnalyzed: outcome.notAnalyzed,
            errors: outcome.result.errors,
            rules: allRuleMetas(),
            root: outcome.root,
            filesAnalyzed: outcome.filesReviewed,
            states: new Map(outcome.result.flags.map((f) => [f.fingerprint, f])),
          })
        : formatGateText(data, color);
  if (values.output) {
    await writeFile(path.resolve(io.cwd, values.output), text);
  } else {
    io.stdout.write(text);
  }
  return exitCode(outcome);
}

const ZERO_SHA = /^0+$/;

/** Runs from an installed hook: decides what the pushed or merged change is, gates it, prints text. */
async function hookGate(hook: string, hookArgs: readonly string[], io: Io): Promise<number> {
  const root = await repositoryRoot(io.cwd);
  const report = async (base: string, head: string | undefined, worktree: boolean, ledgerFrom?: 'head'): Promise<number> => {
    const { outcome, data } = await gateOnce({ ...io, cwd: root }, { base, head, worktree, sarif: false, ledgerFrom });
    if (outcome.result.blocked || outcome.result.errors.length > 0) {
      io.stderr.write(formatGateText(data, false));
    }
    return exitCode(outcome);
  };
  if (hook === 'pre-push') {
    const remote = hookArgs[0] ?? 'origin';
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    }
    const lines = Buffer.concat(chunks)
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    let worst = 0;
    let base: string | undefined;
    for (const line of lines) {
      const [, localSha] = line.split(' ');
      if (!localSha || ZERO_SHA.test(localSha)) {
        continue; // deleting a remote branch
      }
      base ??= await defaultBase(root, /^[\w.-]+$/.test(remote) ? remote : 'origin');
      // What is pushed must carry its own resolutions: the ledger is read from the pushed commit.
      worst = Math.max(worst, await report(base, localSha, false, 'head'));
    }
    if (worst === 1) {
      io.stderr.write(
        'airlock: push blocked by the merge gate (resolve the flags above, or "git push --no-verify" to skip local hooks; CI still runs the gate)\n',
      );
    }
    return worst;
  }
  if (hook === 'pre-merge-commit') {
    // git names the merged commits in GITHEAD_<sha> variables (MERGE_HEAD is not written yet).
    const heads = Object.keys(io.env)
      .map((k) => /^GITHEAD_([0-9a-f]{40,64})$/.exec(k)?.[1])
      .filter((sha): sha is string => sha !== undefined);
    if (heads.length === 0) {
      const merging = await runGit(root, ['rev-parse', '--verify', '--quiet', 'MERGE_HEAD^{commit}'], { okCodes: [1] });
      if (merging.code === 0) {
        heads.push(merging.stdout.toString('utf8').trim());
      }
    }
    if (heads.length === 0) {
      throw new GateError('pre-merge-commit: cannot tell which commit is being merged (no GITHEAD_* variable, no MERGE_HEAD)');
    }
    let worst = 0;
    for (const sha of heads) {
      worst = Math.max(worst, await report('HEAD', sha, false));
    }
    if (worst === 1) {
      io.stderr.write('airlock: merge blocked by the merge gate (resolve the flags above on the merged branch)\n');
    }
    return worst;
  }
  if (hook === 'pre-commit') {
    return report(await defaultBase(root), undefined, true);
  }
  throw new UsageError(`unknown hook "${hook}" (pre-push, pre-merge-commit or pre-commit)`);
}

/** The flagged code a person confirms: up to 12 lines, control characters shown, never applied. */
function snippetLines(snippet: string): string {
  const lines = snippet.split('\n');
  const shown = lines.slice(0, 12).map((l) => `      | ${safeSource(l)}`);
  if (lines.length > 12) {
    shown.push(`      | … (${lines.length - 12} more lines)`);
  }
  return shown.join('\n');
}

async function confirm(io: Io, question: string): Promise<boolean> {
  if (io.stdin !== process.stdin || !process.stdin.isTTY) {
    // Not a terminal: there is nobody to ask.
    return false;
  }
  io.stderr.write(question);
  const answer = await new Promise<string>((resolve) => {
    let buffered = '';
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('utf8');
      const newline = buffered.indexOf('\n');
      if (newline >= 0) {
        process.stdin.off('data', onData);
        process.stdin.pause();
        resolve(buffered.slice(0, newline));
      }
    };
    process.stdin.on('data', onData);
    process.stdin.resume();
  });
  return /^\s*y(es)?\s*$/i.test(answer);
}

export async function resolveCommand(args: readonly string[], io: Io, action: 'resolve' | 'unresolve'): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      verdict: { type: 'string' },
      note: { type: 'string' },
      base: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(action === 'resolve' ? RESOLVE_HELP : UNRESOLVE_HELP);
    return 0;
  }
  if (positionals.length === 0) {
    throw new UsageError(`${action} needs the id of at least one flag (shown by "airlock gate" and "airlock review")`);
  }
  let verdict: Verdict | undefined;
  if (action === 'resolve') {
    if (values.verdict === undefined || !(VERDICTS as readonly string[]).includes(values.verdict)) {
      throw new UsageError(`--verdict must be ${VERDICTS.join(', ')}${values.verdict ? ` (got "${values.verdict}")` : ''}`);
    }
    verdict = values.verdict as Verdict;
  } else if (values.verdict !== undefined) {
    throw new UsageError('unresolve takes no --verdict');
  }
  const key = await loadKeyFile(keyFilePath(io.env));
  const flags = await currentFlags({ cwd: io.cwd, base: values.base, rules: RULES, limits: DEFAULT_LIMITS });
  const selected = selectFlags(flags.findings, positionals);
  const what = action === 'resolve' ? `as ${verdict}` : 'as unresolved';
  const summary = selected
    .map(
      (f) =>
        `  ${shortId(f.fingerprint)}  ${safeText(f.path)}:${f.line}  ${f.severity}  ${f.ruleId}\n      ${safeText(f.message)}\n` +
        snippetLines(f.snippet),
    )
    .join('\n');
  io.stderr.write(`Flags to mark ${what} (signed by ${safeText(key.name)} <${safeText(key.email)}>, key ${key.keyId}):\n${summary}\n`);
  if (values.yes !== true) {
    const ok = await confirm(io, `Have you read this code, and do you record it ${what}? [y/N] `);
    if (!ok) {
      io.stderr.write(
        process.stdin.isTTY && io.stdin === process.stdin
          ? 'airlock: nothing recorded\n'
          : 'airlock: nothing recorded: confirmation needs a terminal (or pass --yes after reading the flags)\n',
      );
      return 1;
    }
  }
  const records = await writeResolutions({
    root: flags.root,
    baseTip: await baseTipOf(flags.root, flags.base),
    flags: selected,
    action,
    verdict,
    note: values.note ?? '',
    key,
  });
  for (const r of records) {
    io.stdout.write(`${shortId(r.fingerprint)} ${action === 'resolve' ? r.verdict : 'unresolved'} ${r.path}:${r.line} (${r.time})\n`);
  }
  io.stderr.write(`Recorded in .airlock/ledger.jsonl; commit it with the change.\n`);
  return 0;
}

export async function keysCommand(args: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      name: { type: 'string' },
      email: { type: 'string' },
      register: { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help || sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout.write(KEYS_HELP);
    return sub === undefined ? 2 : 0;
  }
  const file = keyFilePath(io.env);
  if (sub === 'init') {
    const name = values.name?.trim();
    const email = values.email?.trim();
    if (!name || !email || !/^[^\s@<>]+@[^\s@<>]+$/.test(email)) {
      throw new UsageError('keys init needs --name NAME and --email EMAIL');
    }
    const key = generateReviewerKey(name, email);
    await saveKeyFile(file, key, values.force === true);
    io.stdout.write(
      `Created reviewer key ${key.keyId} for ${name} <${email}>\nPrivate key: ${file} (mode 0600)\nPublic key: ${key.publicKey}\n`,
    );
    if (values.register) {
      const registered = await registerReviewer(io.cwd, key);
      io.stdout.write(
        `${registered.added ? 'Registered in' : 'Already registered in'} ${registered.file}: commit it; a registered reviewer resolves that change.\n`,
      );
    }
    return 0;
  }
  if (sub === 'show') {
    const key = await loadKeyFile(file);
    io.stdout.write(`${key.keyId} ${key.name} <${key.email}>\nPublic key: ${key.publicKey}\nPrivate key: ${file}\n`);
    return 0;
  }
  if (sub === 'register') {
    const key = await loadKeyFile(file);
    const registered = await registerReviewer(io.cwd, key);
    io.stdout.write(`${registered.added ? 'Registered in' : 'Already registered in'} ${registered.file}\n`);
    return 0;
  }
  throw new UsageError(`unknown keys command "${sub}" (init, show or register)`);
}

export async function hooksCommand(args: readonly string[], io: Io, cliPath: string | undefined): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { 'pre-commit': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help || sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout.write(HOOKS_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub === 'install') {
    if (!cliPath) {
      throw new UsageError('hooks install must run from the Airlock CLI bundle (dist/cli.js)');
    }
    const names: HookName[] = values['pre-commit'] ? [...DEFAULT_HOOKS, 'pre-commit'] : [...DEFAULT_HOOKS];
    const done = await installHooks(io.cwd, names, [process.execPath, cliPath]);
    const status = await hooksStatus(io.cwd);
    for (const line of done) {
      io.stdout.write(`${line}\n`);
    }
    io.stdout.write(`Hooks folder: ${status.location.dir} (${status.location.source})\n`);
    if (status.location.husky) {
      io.stdout.write('husky manages this folder: run "airlock hooks install" again after husky reinstalls its hooks.\n');
    }
    if (await ensureUnionMerge(status.location.root)) {
      io.stdout.write('Added ".airlock/ledger.jsonl merge=union" to .gitattributes: commit it.\n');
    }
    return 0;
  }
  if (sub === 'uninstall') {
    const done = await uninstallHooks(io.cwd);
    io.stdout.write(done.length > 0 ? `${done.join('\n')}\n` : 'No Airlock hooks were installed.\n');
    return 0;
  }
  if (sub === 'status') {
    const status = await hooksStatus(io.cwd);
    io.stdout.write(`Hooks folder: ${status.location.dir} (${status.location.source}${status.location.husky ? ', husky' : ''})\n`);
    for (const h of status.hooks) {
      const state = h.state === 'installed' ? 'Airlock gate' : h.state === 'other' ? 'another hook (not the gate)' : 'none';
      io.stdout.write(`${h.name.padEnd(17)} ${state}${h.chained ? ' (runs the previous hook first)' : ''}\n`);
    }
    return status.hooks.some((h) => h.state === 'installed') ? 0 : 1;
  }
  throw new UsageError(`unknown hooks command "${sub}" (install, uninstall or status)`);
}
