import os from 'node:os';
import path from 'node:path';

/** Per-user cache directory following each platform's conventions. */
export function cacheDir(app = 'pricewatch', env = process.env, platform = process.platform): string {
  if (env.PRICEWATCH_CACHE_DIR) return env.PRICEWATCH_CACHE_DIR;
  switch (platform) {
    case 'win32':
      return path.join(env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'), app, 'Cache');
    case 'darwin':
      return path.join(os.homedir(), 'Library', 'Caches', app);
    default:
      return path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), app);
  }
}
