import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checksum } from './checksum.mjs';

const FILE_RE = /^(\d{3,})_([a-z0-9_]+)\.(up|down)\.sql$/;
const MODULE_RE = /^(\d{3,})_([a-z0-9_]+)\.mjs$/;

export async function loadMigrations(dir) {
  const root = resolve(process.cwd(), dir);
  const byVersion = new Map();

  for (const file of readdirSync(root)) {
    const sqlMatch = FILE_RE.exec(file);
    if (sqlMatch) {
      const [, version, name, direction] = sqlMatch;
      const sql = readFileSync(resolve(root, file), 'utf8');
      const entry = byVersion.get(version) ?? { version, name, up: null, down: null };
      entry[direction] = sql;
      byVersion.set(version, entry);
      continue;
    }
    const modMatch = MODULE_RE.exec(file);
    if (modMatch) {
      const [, version, name] = modMatch;
      const full = resolve(root, file);
      const mod = await import(pathToFileURL(full).href);
      byVersion.set(version, { version, name, up: mod.up, down: mod.down ?? null, source: readFileSync(full, 'utf8') });
    }
  }

  const migrations = [...byVersion.values()].sort((a, b) => a.version.localeCompare(b.version));
  for (const m of migrations) {
    if (m.up === null) {
      throw new Error(`Migration ${m.version}_${m.name} is missing its .up.sql file`);
    }
    m.checksum = checksum(typeof m.up === 'function' ? m.source : m.up);
  }
  return migrations;
}
