/**
 * Git hooks that run the merge gate: `pre-push`, `pre-merge-commit`, and `pre-commit` on request.
 * They go where git looks for hooks (`core.hooksPath` when set, husky's folder included, else the
 * repository's hooks folder). An existing hook is never overwritten: it is moved aside and run
 * first (with the same arguments and input); uninstall puts it back. Hooks call the CLI by absolute
 * paths, never through a downloading `npx`.
 */
import { chmod, lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { repositoryRoot } from './changes';
import { gitText, runGit } from './git';

export const HOOK_NAMES = ['pre-push', 'pre-merge-commit', 'pre-commit'] as const;
export type HookName = (typeof HOOK_NAMES)[number];
export const DEFAULT_HOOKS: HookName[] = ['pre-push', 'pre-merge-commit'];

const MARKER = '# airlock-gate-hook v1';
const CHAINED_SUFFIX = '.airlock-chained';

export class HookError extends Error {}

export interface HooksLocation {
  root: string;
  dir: string;
  /** Where the folder came from. */
  source: 'core.hooksPath' | 'default';
  husky: boolean;
}

/** The folder git runs hooks from, as the repository's (not Airlock's hardened) configuration says. */
export async function hooksLocation(cwd: string): Promise<HooksLocation> {
  const root = await repositoryRoot(cwd);
  // runGit sets core.hooksPath=/dev/null on its own command line; skip that scope.
  const configured = await runGit(root, ['config', '--show-scope', '--get-all', 'core.hooksPath'], { okCodes: [1] });
  const values = configured.stdout
    .toString('utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([scope, value]) => scope !== 'command' && value !== undefined && value !== '')
    .map(([, value]) => value);
  const hooksPath = values[values.length - 1];
  if (hooksPath) {
    const expanded = hooksPath.startsWith('~/') ? path.join(process.env.HOME ?? '', hooksPath.slice(2)) : hooksPath;
    const dir = path.resolve(root, expanded);
    return { root, dir, source: 'core.hooksPath', husky: /(^|[\\/])\.husky([\\/]|$)/.test(hooksPath) };
  }
  const common = (await gitText(root, ['rev-parse', '--git-common-dir'])).trim();
  return { root, dir: path.join(path.resolve(root, common), 'hooks'), source: 'default', husky: false };
}

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The hook script: run the moved-aside hook first, then the gate. */
export function hookScript(name: HookName, command: readonly string[]): string {
  const cli = command.map(quote).join(' ');
  const lines = [
    '#!/bin/sh',
    MARKER,
    `# Runs the Airlock merge gate before ${name}. Installed by "airlock hooks install";`,
    '# "airlock hooks uninstall" removes it and restores the hook it replaced.',
    `chained="$(dirname "$0")/${name}${CHAINED_SUFFIX}"`,
  ];
  if (name === 'pre-push') {
    // git writes the pushed refs on standard input: both hooks need them.
    lines.push(
      'input="$(mktemp "${TMPDIR:-/tmp}/airlock-pre-push.XXXXXX")" || exit 1',
      'trap \'rm -f "$input"\' EXIT',
      'cat > "$input"',
      'if [ -x "$chained" ]; then "$chained" "$@" < "$input" || exit $?; fi',
      `${cli} gate --hook ${name} -- "$@" < "$input"`,
    );
  } else {
    lines.push('if [ -x "$chained" ]; then "$chained" "$@" || exit $?; fi', `exec ${cli} gate --hook ${name} -- "$@" < /dev/null`);
  }
  return `${lines.join('\n')}\n`;
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

async function isOurs(file: string): Promise<boolean> {
  try {
    return (await readFile(file, 'utf8')).includes(MARKER);
  } catch {
    return false;
  }
}

export interface HookStatus {
  name: HookName;
  file: string;
  state: 'installed' | 'other' | 'absent';
  /** A previous hook that runs before the gate. */
  chained: boolean;
}

export async function hooksStatus(cwd: string): Promise<{ location: HooksLocation; hooks: HookStatus[] }> {
  const location = await hooksLocation(cwd);
  const hooks: HookStatus[] = [];
  for (const name of HOOK_NAMES) {
    const file = path.join(location.dir, name);
    const state = (await isOurs(file)) ? 'installed' : (await exists(file)) ? 'other' : 'absent';
    hooks.push({ name, file, state, chained: await exists(`${file}${CHAINED_SUFFIX}`) });
  }
  return { location, hooks };
}

/** Installs (or refreshes) the gate hooks; returns what was done, one line per hook. */
export async function installHooks(cwd: string, names: readonly HookName[], command: readonly string[]): Promise<string[]> {
  if (command.length === 0 || !command.every((c) => path.isAbsolute(c))) {
    throw new HookError('the hooks need absolute paths to node and the Airlock CLI');
  }
  const location = await hooksLocation(cwd);
  await mkdir(location.dir, { recursive: true });
  const done: string[] = [];
  for (const name of names) {
    const file = path.join(location.dir, name);
    const chained = `${file}${CHAINED_SUFFIX}`;
    if ((await exists(file)) && !(await isOurs(file))) {
      if (await exists(chained)) {
        throw new HookError(`${chained} already exists: move it away before installing`);
      }
      await rename(file, chained);
      done.push(`${name}: installed; the existing hook was kept as ${path.basename(chained)} and runs first`);
    } else {
      done.push(`${name}: installed`);
    }
    await writeFile(file, hookScript(name, command), { mode: 0o755 });
    await chmod(file, 0o755);
  }
  return done;
}

const UNION_LINES = ['.airlock/ledger.jsonl merge=union', '.airlock/critiques.jsonl merge=union'];

/**
 * Makes git merge the ledger files by keeping both sides' lines (the gate then picks the latest
 * record per flag). Returns whether `.gitattributes` changed.
 */
export async function ensureUnionMerge(root: string): Promise<boolean> {
  const file = path.join(root, '.gitattributes');
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  const present = new Set(text.split(/\r?\n/).map((l) => l.trim().replace(/\s+/g, ' ')));
  const missing = UNION_LINES.filter((l) => !present.has(l));
  if (missing.length === 0) {
    return false;
  }
  const prefix = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  await writeFile(file, `${prefix}${missing.join('\n')}\n`);
  return true;
}

export async function uninstallHooks(cwd: string, names: readonly HookName[] = HOOK_NAMES): Promise<string[]> {
  const location = await hooksLocation(cwd);
  const done: string[] = [];
  for (const name of names) {
    const file = path.join(location.dir, name);
    const chained = `${file}${CHAINED_SUFFIX}`;
    if (!(await isOurs(file))) {
      continue;
    }
    await rm(file);
    if (await exists(chained)) {
      await rename(chained, file);
      done.push(`${name}: removed; the previous hook is back`);
    } else {
      done.push(`${name}: removed`);
    }
  }
  return done;
}
