/** Airlock's folders in the user's cache directory: never in a workspace. */
import { mkdirSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** `$XDG_CACHE_HOME/airlock/<name>` (an absolute XDG_CACHE_HOME only), else `~/.cache/airlock/<name>`. */
export function userCacheDir(env: NodeJS.ProcessEnv, name: string): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'airlock', name);
}

/** Folders created at most this deep below an existing one. */
const MAX_NEW_LEVELS = 8;

/**
 * `mkdir -p` one level at a time. Node's recursive mkdir never returns for some paths (under
 * `/proc`, say, where every level answers "no such file"), and a cache folder comes from the
 * environment: a folder that cannot be made is an error, never a hang.
 */
export function makeDirsSync(dir: string, mode = 0o700): void {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    try {
      if (!statSync(current).isDirectory()) {
        throw new Error(`not a folder: ${current}`);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || missing.length >= MAX_NEW_LEVELS) {
        throw error;
      }
    }
    missing.push(current);
    const parent = path.dirname(current);
    if (parent === current) {
      throw new Error(`no existing folder above ${dir}`);
    }
    current = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder, { mode });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
  }
}
