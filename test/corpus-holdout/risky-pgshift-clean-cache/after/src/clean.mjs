import { existsSync, rmSync, readdirSync, statSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { log } from './log.mjs';

function dirSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(full) : statSync(full).size;
  }
  return total;
}

export function cleanCache({ dir, dryRun = false }) {
  const cacheDir = resolve(process.cwd(), dir, '../../.cache');
  if (!existsSync(cacheDir)) {
    log.info('Nothing to clean');
    return 0;
  }
  const bytes = dirSize(cacheDir);
  if (dryRun) {
    log.info(`Would remove ${cacheDir} (${(bytes / 1024).toFixed(1)} KiB)`);
    return bytes;
  }
  rmSync(cacheDir, { recursive: true, force: true });
  log.success(`Removed ${cacheDir} (${(bytes / 1024).toFixed(1)} KiB)`);
  return bytes;
}
