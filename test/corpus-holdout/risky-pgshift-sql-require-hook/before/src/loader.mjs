import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checksum } from './checksum.mjs';

const FILE_RE = /^(\d{3,})_([a-z0-9_]+)\.(up|down)\.sql$/;

export function loadMigrations(dir) {
  const root = resolve(process.cwd(), dir);
  const byVersion = new Map();

  for (const file of readdirSync(root)) {
    const match = FILE_RE.exec(file);
    if (!match) continue;
    const [, version, name, direction] = match;
    const sql = readFileSync(resolve(root, file), 'utf8');
    const entry = byVersion.get(version) ?? { version, name, up: null, down: null };
    entry[direction] = sql;
    byVersion.set(version, entry);
  }

  const migrations = [...byVersion.values()].sort((a, b) => a.version.localeCompare(b.version));
  for (const m of migrations) {
    if (m.up === null) {
      throw new Error(`Migration ${m.version}_${m.name} is missing its .up.sql file`);
    }
    m.checksum = checksum(m.up);
  }
  return migrations;
}
