/** Reading workspace files without following symlinks, within a size limit, with reasons for every refusal. */
import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';

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
  return relative.split('\\').join('/');
}
