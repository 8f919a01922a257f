/**
 * Collects the changed files of a review from git: the working tree (tracked changes and
 * untracked, not-ignored files), the index, or a commit, against the merge base with a base ref.
 * Contents come from `git cat-file` and from the disk (never following symlinks); diffs are
 * computed by Airlock from those contents, so diff drivers and attributes cannot hide text.
 */
import { createHash } from 'node:crypto';
import { lstat, open, readlink } from 'node:fs/promises';
import { constants } from 'node:fs';
import * as path from 'node:path';
import type { ChangeStatus, FileChange } from '../core/diff/change';
import { MODE_EXECUTABLE, MODE_FILE, MODE_SUBMODULE, MODE_SYMLINK } from '../core/diff/change';
import { GitError, gitText, neutralizeFilters, readBlobs, runGit } from './git';

export type ReviewMode = 'worktree' | 'staged' | 'commit';

export interface ReviewSpec {
  cwd: string;
  /** The ref to review against; the review starts at its merge base with HEAD (`REF...HEAD`). */
  base: string;
  /** Review the index instead of the working tree. */
  staged?: boolean;
  /** Review a commit (`base...head`) instead of the working tree. */
  head?: string;
  maxBytes: number;
}

export interface CollectedChanges {
  root: string;
  /** What was reviewed against, for reports: `main (merge base 1a2b3c4)`. */
  baseLabel: string;
  baseCommit: string;
  changes: FileChange[];
}

const ZERO = /^0+$/;

export async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await gitText(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    if (error instanceof GitError && /not a git repository/i.test(error.message)) {
      throw new GitError(`not a git repository: ${cwd}`);
    }
    throw error;
  }
}

async function resolveCommit(root: string, ref: string): Promise<string | undefined> {
  if (ref.startsWith('-')) {
    throw new GitError(`invalid ref: ${ref}`);
  }
  const result = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { okCodes: [1] });
  return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
}

async function emptyTree(root: string): Promise<string> {
  return (await gitText(root, ['hash-object', '-t', 'tree', '--stdin'], { input: '' })).trim();
}

export async function collectChanges(spec: ReviewSpec): Promise<CollectedChanges> {
  const root = await repositoryRoot(spec.cwd);
  const mode: ReviewMode = spec.head ? 'commit' : spec.staged ? 'staged' : 'worktree';
  const head = await resolveCommit(root, spec.head ?? 'HEAD');
  if (spec.head && !head) {
    throw new GitError(`unknown revision: ${spec.head}`);
  }
  const baseResolved = await resolveCommit(root, spec.base);
  let baseCommit: string;
  let baseLabel: string;
  if (!baseResolved) {
    if (spec.base === 'HEAD' && !head) {
      baseCommit = await emptyTree(root);
      baseLabel = 'the empty tree (the repository has no commits yet)';
    } else {
      throw new GitError(`unknown revision: ${spec.base}`);
    }
  } else if (head && baseResolved !== head) {
    const mergeBase = await runGit(root, ['merge-base', baseResolved, head], { okCodes: [1] });
    if (mergeBase.code !== 0) {
      throw new GitError(`${spec.base} and ${spec.head ?? 'HEAD'} have no common history`);
    }
    baseCommit = mergeBase.stdout.toString('utf8').trim();
    baseLabel =
      baseCommit === baseResolved ? `${spec.base} (${baseCommit.slice(0, 12)})` : `${spec.base} (merge base ${baseCommit.slice(0, 12)})`;
  } else {
    baseCommit = baseResolved;
    baseLabel = `${spec.base} (${baseCommit.slice(0, 12)})`;
  }

  const filters = await neutralizeFilters(root);
  const diffArgs = [
    'diff',
    '--raw',
    '-z',
    '-M',
    '-C',
    '--no-abbrev',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--ignore-submodules=none',
  ];
  if (mode === 'staged') {
    diffArgs.push('--cached', baseCommit);
  } else if (mode === 'commit') {
    diffArgs.push(baseCommit, head as string);
  } else {
    diffArgs.push(baseCommit);
  }
  diffArgs.push('--');
  const raw = await runGit(root, diffArgs, { config: filters });
  const entries = parseRaw(raw.stdout);
  if (mode === 'worktree') {
    const untracked = await runGit(root, ['ls-files', '-z', '--others', '--exclude-standard', '--full-name'], { config: filters });
    for (const listed of untracked.stdout.toString('utf8').split('\0')) {
      // A nested repository is listed as a folder, with a trailing slash.
      const file = listed.replace(/\/+$/, '');
      if (file) {
        entries.push({ status: 'added', newPath: file, newMode: undefined, oldSha: undefined, newSha: undefined, untracked: true });
      }
    }
  }
  const changes = await loadContents(root, entries, spec.maxBytes, mode);
  return { root, baseLabel, baseCommit, changes: pairUntrackedRenames(changes) };
}

interface RawEntry {
  status: ChangeStatus;
  oldPath?: string;
  newPath?: string;
  oldMode?: string;
  newMode?: string;
  oldSha?: string;
  newSha?: string;
  untracked?: boolean;
}

const STATUS: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
  U: 'modified',
};

/** Parses `git diff --raw -z` output. */
export function parseRaw(out: Buffer): RawEntry[] {
  const fields = out.toString('utf8').split('\0');
  const entries: RawEntry[] = [];
  for (let i = 0; i < fields.length;) {
    const head = fields[i++];
    if (!head) {
      continue;
    }
    const match = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(head);
    if (!match) {
      throw new GitError(`unexpected git diff output: ${JSON.stringify(head.slice(0, 80))}`);
    }
    const [, oldMode, newMode, oldSha, newSha, letter] = match;
    const status = STATUS[letter];
    if (!status) {
      throw new GitError(`unexpected change status ${letter} in git diff output`);
    }
    const first = fields[i++];
    const second = letter === 'R' || letter === 'C' ? fields[i++] : undefined;
    entries.push({
      status,
      oldPath: status === 'added' ? undefined : first,
      newPath: status === 'deleted' ? undefined : (second ?? first),
      oldMode: oldMode === '000000' ? undefined : oldMode,
      newMode: newMode === '000000' ? undefined : newMode,
      oldSha: ZERO.test(oldSha) ? undefined : oldSha,
      newSha: ZERO.test(newSha) ? undefined : newSha,
    });
  }
  return entries;
}

async function loadContents(root: string, entries: RawEntry[], maxBytes: number, mode: ReviewMode): Promise<FileChange[]> {
  const wanted = new Set<string>();
  for (const e of entries) {
    if (e.oldSha && e.oldMode !== MODE_SUBMODULE) {
      wanted.add(e.oldSha);
    }
    if (e.newSha && e.newMode !== MODE_SUBMODULE) {
      wanted.add(e.newSha);
    }
  }
  const blobs = await readBlobs(root, [...wanted], maxBytes);
  const blob = (sha: string | undefined): { bytes?: Uint8Array; partial?: string } => {
    if (!sha) {
      return {};
    }
    const found = blobs.get(sha);
    if (!found || found.missing) {
      return { partial: `git object ${sha.slice(0, 12)} is missing` };
    }
    if (!found.bytes) {
      return { partial: `over the size limit (${found.size} bytes; the limit is ${maxBytes})` };
    }
    return { bytes: found.bytes };
  };
  const changes: FileChange[] = [];
  for (const e of entries) {
    const change: FileChange = { status: e.status, oldPath: e.oldPath, newPath: e.newPath, oldMode: e.oldMode, newMode: e.newMode };
    if (e.oldMode === MODE_SUBMODULE) {
      change.oldCommit = e.oldSha;
    } else {
      change.oldBytes = blob(e.oldSha).bytes;
    }
    if (e.status !== 'deleted' && e.newPath) {
      if (e.newMode === MODE_SUBMODULE) {
        change.newCommit = e.newSha;
      } else if (mode === 'worktree') {
        // The working tree is the new version: git's object ids for it may name objects it
        // hashed in memory and never stored (renames, copies, intent-to-add files).
        Object.assign(change, await readWorktree(root, e.newPath, maxBytes, e.newMode));
      } else {
        const loaded = blob(e.newSha);
        change.newBytes = loaded.bytes;
        change.partial = loaded.partial;
        change.contentId = e.newSha;
      }
    }
    changes.push(change);
  }
  return changes;
}

/** Reads a working-tree file without following symlinks; reports why when it cannot. */
async function readWorktree(root: string, file: string, maxBytes: number, gitMode: string | undefined): Promise<Partial<FileChange>> {
  const full = path.join(root, file);
  let stat;
  try {
    stat = await lstat(full);
  } catch (error) {
    return { partial: `could not read the file: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  if (stat.isSymbolicLink()) {
    return { newMode: MODE_SYMLINK, newBytes: new TextEncoder().encode(await readlink(full)) };
  }
  if (stat.isDirectory()) {
    return { newMode: gitMode ?? MODE_SUBMODULE };
  }
  if (!stat.isFile()) {
    return { partial: 'not a regular file (a FIFO, socket or device): not opened' };
  }
  const newMode = stat.mode & 0o111 ? MODE_EXECUTABLE : MODE_FILE;
  if (stat.size > maxBytes) {
    // Not read, but hashed: a resolution of this "not analyzed" flag approves this content only.
    return { newMode, partial: `over the size limit (${stat.size} bytes; the limit is ${maxBytes})`, contentId: await hashFile(full) };
  }
  try {
    const handle = await open(full, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      const data = await handle.readFile();
      if (data.length > maxBytes) {
        return { newMode, partial: `over the size limit (${data.length} bytes; the limit is ${maxBytes})` };
      }
      return { newMode, newBytes: new Uint8Array(data) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { newMode, partial: `could not read the file: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
  }
}

async function hashFile(full: string): Promise<string | undefined> {
  try {
    const handle = await open(full, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      const hash = createHash('sha256');
      for await (const chunk of handle.createReadStream({ autoClose: false })) {
        hash.update(chunk as Buffer);
      }
      return `sha256:${hash.digest('hex')}`;
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/** git cannot detect a rename into an untracked file; an identical deleted file makes it one. */
function pairUntrackedRenames(changes: FileChange[]): FileChange[] {
  const deleted = changes.filter((c) => c.status === 'deleted' && c.oldBytes !== undefined);
  if (deleted.length === 0) {
    return changes;
  }
  const used = new Set<FileChange>();
  const out: FileChange[] = [];
  for (const change of changes) {
    if (change.status === 'added' && change.newBytes) {
      const match = deleted.find((d) => !used.has(d) && equalBytes(d.oldBytes as Uint8Array, change.newBytes as Uint8Array));
      if (match) {
        used.add(match);
        out.push({ ...change, status: 'renamed', oldPath: match.oldPath, oldMode: match.oldMode, oldBytes: match.oldBytes });
        continue;
      }
    }
    out.push(change);
  }
  return out.filter((c) => !used.has(c));
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}
