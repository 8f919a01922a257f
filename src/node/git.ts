/**
 * Every git invocation goes through `runGit`: an argument array (never a shell), hardened flags so
 * that nothing configured in the repository runs (hooks, fsmonitor, pagers, external diff and
 * textconv drivers, clean/smudge filters), no prompts, and a non-zero exit is an error — never
 * "no changes".
 */
import { spawn } from 'node:child_process';

export class GitError extends Error {
  constructor(
    message: string,
    readonly exitCode?: number,
  ) {
    super(message);
  }
}

const HARDENED = [
  '--no-pager',
  '--no-replace-objects',
  '--no-optional-locks',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'core.pager=cat',
  '-c',
  'diff.external=',
  '-c',
  'core.sshCommand=false',
  '-c',
  'protocol.allow=never',
  '-c',
  'core.quotePath=false',
];

const SCRUBBED_ENV = [
  'GIT_EXTERNAL_DIFF',
  'GIT_PAGER',
  'PAGER',
  'GIT_DIFF_OPTS',
  'GIT_EDITOR',
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_ASKPASS',
  'SSH_ASKPASS',
  'GIT_PROXY_COMMAND',
  'GIT_TRACE',
];

export interface GitOptions {
  input?: string | Buffer;
  /** Exit codes that are not errors (e.g. 1 for `git config --get-regexp` with no match). */
  okCodes?: number[];
  /** Extra `-c` settings, from `neutralizeFilters`. */
  config?: readonly string[];
}

export interface GitResult {
  stdout: Buffer;
  code: number;
}

export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
  for (const key of SCRUBBED_ENV) {
    delete env[key];
  }
  return env;
}

export function runGit(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
  const config = (options.config ?? []).flatMap((c) => ['-c', c]);
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn('git', [...HARDENED, ...config, ...args], {
        cwd,
        env: gitEnv(),
        stdio: ['pipe', 'pipe', 'pipe'],
        shell: false,
        windowsHide: true,
      });
    } catch (error) {
      reject(new GitError(`could not run git: ${(error as Error).message}`));
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${error.message}`));
    });
    child.on('close', (code) => {
      const exit = code ?? -1;
      if (exit !== 0 && !(options.okCodes ?? []).includes(exit)) {
        const stderr = Buffer.concat(err).toString('utf8').trim();
        reject(new GitError(`git ${args[0]} failed (exit ${exit}): ${stderr || 'no error message'}`, exit));
        return;
      }
      resolve({ stdout: Buffer.concat(out), code: exit });
    });
    child.stdin.on('error', () => {
      /* git may exit before reading all input; the exit code tells */
    });
    child.stdin.end(options.input ?? '');
  });
}

export async function gitText(cwd: string, args: readonly string[], options?: GitOptions): Promise<string> {
  return (await runGit(cwd, args, options)).stdout.toString('utf8');
}

/**
 * `-c` settings that disable every clean/smudge/process filter driver configured for the
 * repository. Without them, comparing the working tree with a commit makes git run the
 * configured filter command, which the repository's own config and .gitattributes choose.
 */
export async function neutralizeFilters(cwd: string): Promise<string[]> {
  const result = await runGit(cwd, ['config', '-z', '--get-regexp', '^filter\\.'], { okCodes: [1] });
  const names = new Set<string>();
  for (const entry of result.stdout.toString('utf8').split('\0')) {
    const key = entry.split('\n', 1)[0];
    const match = /^filter\.(.+)\.[^.]+$/.exec(key);
    if (match) {
      names.add(match[1]);
    }
  }
  const out: string[] = [];
  for (const name of names) {
    out.push(`filter.${name}.clean=`, `filter.${name}.smudge=`, `filter.${name}.process=`, `filter.${name}.required=false`);
  }
  return out;
}

export interface BlobRequest {
  /** An object name git understands: a blob id, or `<commit>:<path>`. */
  spec: string;
}

/**
 * Reads blobs with `git cat-file --batch` (no filters, no textconv). Objects larger than
 * `maxBytes` are not read: their size is returned instead.
 */
export async function readBlobs(
  cwd: string,
  specs: readonly string[],
  maxBytes: number,
): Promise<Map<string, { bytes?: Uint8Array; size: number; missing?: boolean }>> {
  const result = new Map<string, { bytes?: Uint8Array; size: number; missing?: boolean }>();
  if (specs.length === 0) {
    return result;
  }
  for (const spec of specs) {
    if (/[\n\0]/.test(spec)) {
      throw new GitError(`cannot read an object whose name contains a newline: ${JSON.stringify(spec)}`);
    }
  }
  const check = await runGit(cwd, ['cat-file', '--batch-check'], { input: specs.map((s) => `${s}\n`).join('') });
  const small: string[] = [];
  const lines = check.stdout.toString('utf8').split('\n');
  specs.forEach((spec, i) => {
    const line = lines[i] ?? '';
    const parts = line.split(' ');
    if (parts[1] === 'missing' || parts.length < 3) {
      result.set(spec, { size: 0, missing: true });
      return;
    }
    const size = Number(parts[2]);
    result.set(spec, { size });
    if (size <= maxBytes) {
      small.push(spec);
    }
  });
  if (small.length === 0) {
    return result;
  }
  const batch = await runGit(cwd, ['cat-file', '--batch'], { input: small.map((s) => `${s}\n`).join('') });
  const out = batch.stdout;
  let offset = 0;
  for (const spec of small) {
    const newline = out.indexOf(0x0a, offset);
    if (newline < 0) {
      throw new GitError('git cat-file returned truncated output');
    }
    const header = out.subarray(offset, newline).toString('utf8').split(' ');
    offset = newline + 1;
    if (header[1] === 'missing') {
      result.set(spec, { size: 0, missing: true });
      continue;
    }
    const size = Number(header[2]);
    result.set(spec, { bytes: new Uint8Array(out.subarray(offset, offset + size)), size });
    offset += size + 1;
  }
  return result;
}
