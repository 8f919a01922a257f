/** Reading workspace files without following symlinks, within a size limit, with reasons for every refusal. */
import { constants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { chmod, lstat, open, rename, rm } from 'node:fs/promises';
import * as path from 'node:path';

export type ReadResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: string; kind: 'too-large' | 'not-regular' | 'symlink' | 'error'; size?: number };

export async function readRegularFile(file: string, maxBytes: number): Promise<ReadResult> {
  let stat;
  try {
    stat = await lstat(file);
  } catch (error) {
    return { ok: false, kind: 'error', reason: `could not read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (stat.isSymbolicLink()) {
    return { ok: false, kind: 'symlink', reason: 'symbolic link (not followed)' };
  }
  if (!stat.isFile()) {
    return { ok: false, kind: 'not-regular', reason: 'not a regular file (a FIFO, socket or device): not opened' };
  }
  if (stat.size > maxBytes) {
    return { ok: false, kind: 'too-large', size: stat.size, reason: `over the size limit (${stat.size} bytes; the limit is ${maxBytes})` };
  }
  try {
    const handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    try {
      const data = await handle.readFile();
      if (data.length > maxBytes) {
        return {
          ok: false,
          kind: 'too-large',
          size: data.length,
          reason: `over the size limit (${data.length} bytes; the limit is ${maxBytes})`,
        };
      }
      return { ok: true, bytes: new Uint8Array(data.buffer, data.byteOffset, data.length) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, kind: 'error', reason: `could not read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

/** POSIX-style relative path for reports. */
export function toReportPath(relative: string): string {
  // Only Windows separates with a backslash; on POSIX it is an ordinary character of a file name.
  return path.sep === '\\' ? relative.split('\\').join('/') : relative;
}

/**
 * Replaces `file` atomically: the data goes to a new temporary file in the same folder (created
 * exclusively with `mode`), is fsynced, then renamed over the target. A reader sees the old file or
 * the new one, never a part.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, mode = 0o644): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temp, mode);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
