/**
 * The ledger file on disk. Appends are atomic and safe between processes (two editor windows, a
 * CLI and an editor): take a lock file (created exclusively, recovered when its owner is gone or
 * it is old), re-read the ledger, write the old bytes unchanged plus the new lines to a temporary
 * file, fsync it, rename it over the ledger, fsync the folder, release the lock. Existing lines,
 * valid or not, are never changed or dropped.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readFile, rename, rm, unlink } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { readRegularFile, writeFileAtomic } from './files';
import { gitText } from './git';
import { parseLedger, serializeRecord, type LedgerRecord, type ParsedLedger } from '../core/ledger/record';

export class LedgerLockError extends Error {}

/** A lock older than this is taken over even if its owner looks alive. */
const STALE_MS = 30_000;
const WAIT_MS = 20_000;

/** A ledger larger than this is refused (about 100,000 records). */
export const MAX_LEDGER_BYTES = 64 * 1024 * 1024;

/** `.airlock` and the file must be real: a symbolic link could point the gate at any file on the machine. */
export async function checkNoLinks(root: string, relative: string): Promise<void> {
  let current = root;
  for (const part of relative.split('/')) {
    current = path.join(current, part);
    try {
      if ((await lstat(current)).isSymbolicLink()) {
        throw new LedgerFileError(`${relative}: ${path.relative(root, current)} is a symbolic link; Airlock does not follow it`);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return;
      }
      throw error;
    }
  }
}

export class LedgerFileError extends Error {}

/** Reads `root/relative` (a ledger), refusing symbolic links, devices and oversized files. */
export async function readLedgerFile(root: string, relative: string): Promise<ParsedLedger & { exists: boolean }> {
  await checkNoLinks(root, relative);
  const read = await readRegularFile(path.join(root, relative), MAX_LEDGER_BYTES);
  if (!read.ok) {
    if (read.kind === 'error' && /ENOENT/.test(read.reason)) {
      return { records: [], errors: [], exists: false };
    }
    throw new LedgerFileError(`${relative}: ${read.reason}`);
  }
  return { ...parseLedger(new TextDecoder().decode(read.bytes), relative), exists: true };
}

interface LockInfo {
  pid: number;
  host: string;
  time: number;
}

function ownerGone(info: LockInfo | undefined): boolean {
  if (!info) {
    return true;
  }
  if (Date.now() - info.time > STALE_MS) {
    return true;
  }
  if (info.host !== os.hostname()) {
    return false;
  }
  try {
    process.kill(info.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function readLock(lockPath: string): Promise<LockInfo | undefined> {
  try {
    const value = JSON.parse(await readFile(lockPath, 'utf8')) as LockInfo;
    return typeof value.pid === 'number' && typeof value.time === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `work` holding the lock at `lockPath`. */
export async function withLock<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(lockPath), { recursive: true });
  const started = Date.now();
  let delay = 5;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx', 0o644);
      try {
        await handle.writeFile(JSON.stringify({ pid: process.pid, host: os.hostname(), time: Date.now() }));
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
    const info = await readLock(lockPath);
    // A lock file being written has no content yet: give its owner a moment before judging it.
    if (info && ownerGone(info)) {
      // Take over by renaming: of two processes recovering at once, only one rename succeeds.
      const aside = `${lockPath}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
      try {
        await rename(lockPath, aside);
        await rm(aside, { force: true });
      } catch {
        /* someone else recovered it first */
      }
      continue;
    }
    if (Date.now() - started > WAIT_MS) {
      throw new LedgerLockError(
        `the ledger is locked by process ${info?.pid ?? '?'} (${lockPath}); if no Airlock is running, delete that file`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 200);
  }
  try {
    return await work();
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}

/** The lock that serializes writers of a repository's record files (in the git folder, never committed). */
export async function ledgerLockPath(root: string): Promise<string> {
  const common = (await gitText(root, ['rev-parse', '--git-common-dir'])).trim();
  return path.join(path.resolve(root, common), 'airlock-ledger.lock');
}

/**
 * Atomically appends lines to a record file (created, with its folder, if missing). Under the lock,
 * `build` sees the file's current text and returns the lines to add (none: nothing is written).
 * Returns what was added.
 */
export async function appendLines(
  root: string,
  relative: string,
  lockPath: string,
  build: (existing: string) => readonly string[] | Promise<readonly string[]>,
): Promise<readonly string[]> {
  const file = path.join(root, relative);
  await checkNoLinks(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await checkNoLinks(root, relative);
  return withLock(lockPath, async () => {
    let existing = Buffer.alloc(0);
    const read = await readRegularFile(file, MAX_LEDGER_BYTES);
    if (read.ok) {
      existing = Buffer.from(read.bytes);
    } else if (!(read.kind === 'error' && /ENOENT/.test(read.reason))) {
      throw new LedgerFileError(`${relative}: ${read.reason}`);
    }
    const lines = await build(new TextDecoder().decode(existing));
    if (lines.length === 0) {
      return lines;
    }
    const separator = existing.length > 0 && existing[existing.length - 1] !== 0x0a ? '\n' : '';
    const added = Buffer.from(separator + lines.map((l) => `${l}\n`).join(''), 'utf8');
    await writeFileAtomic(file, Buffer.concat([existing, added]));
    await syncDir(path.dirname(file));
    return lines;
  });
}

/** Atomically appends records to the ledger file (created, with its folder, if missing). */
export async function appendRecords(root: string, relative: string, records: readonly LedgerRecord[], lockPath: string): Promise<void> {
  if (records.length === 0) {
    return;
  }
  await appendLines(root, relative, lockPath, () => records.map(serializeRecord));
}

async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* not supported on every platform (Windows): the rename itself is still atomic */
  }
}
