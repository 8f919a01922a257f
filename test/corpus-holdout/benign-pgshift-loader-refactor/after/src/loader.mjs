import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checksum } from './checksum.mjs';

const FILE_RE = /^(\d{3,})_([a-z0-9_]+)\.(up|down)\.sql$/;

export function migrationsRoot(dir, cwd = process.cwd()) {
  return join(cwd, dir);
}

function readSql(root, file) {
  return readFileSync(join(root, file), 'utf8');
}

export function parseFileName(file) {
  const match = FILE_RE.exec(file);
  if (!match) return null;
  const [, version, name, direction] = match;
  return { version, name, direction };
}

export function loadMigrations(dir) {
  const root = migrationsRoot(dir);
  const byVersion = new Map();

  for (const file of readdirSync(root)) {
    const parsed = parseFileName(file);
    if (!parsed) continue;
    const { version, name, direction } = parsed;
    const entry = byVersion.get(version) ?? { version, name, up: null, down: null };
    if (entry.name !== name) {
      throw new Error(`Version ${version} is used by both "${entry.name}" and "${name}"`);
    }
    if (entry[direction] !== null) {
      throw new Error(`Duplicate ${direction} migration for version ${version}`);
    }
    entry[direction] = readSql(root, file);
    byVersion.set(version, entry);
  }

  const migrations = [...byVersion.values()].sort((a, b) => Number(a.version) - Number(b.version));
  for (const m of migrations) {
    if (m.up === null) {
      throw new Error(`Migration ${m.version}_${m.name} is missing its .up.sql file`);
    }
    m.checksum = checksum(m.up);
  }
  return migrations;
}
