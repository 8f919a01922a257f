import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { log } from './log.mjs';

function timestamp(date = new Date()) {
  return date.toISOString().replace(/[:.]/g, '-');
}

export function backupDatabase({ dir = 'backups' } = {}) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `pre-migrate-${timestamp()}.dump`);
  log.info(`Backing up database to ${file}`);
  const result = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--dbname=${url}`, `--file=${file}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    throw new Error(`pg_dump failed with exit code ${result.status}`);
  }
  return file;
}
