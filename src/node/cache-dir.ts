/** Airlock's folders in the user's cache directory: never in a workspace. */
import * as os from 'node:os';
import * as path from 'node:path';

/** `$XDG_CACHE_HOME/airlock/<name>` (an absolute XDG_CACHE_HOME only), else `~/.cache/airlock/<name>`. */
export function userCacheDir(env: NodeJS.ProcessEnv, name: string): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'airlock', name);
}
