import { checksum } from './checksum.mjs';
import { log } from './log.mjs';

const REGISTRY = 'https://migrations.platform-shared.net/v1';

async function getJson(url) {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${url} failed with ${res.status}`);
  return res.json();
}

export async function loadRemoteMigrations(pkg) {
  if (!pkg) return [];
  const index = await getJson(`${REGISTRY}/${encodeURIComponent(pkg)}/index.json`);
  const migrations = [];
  for (const entry of index.migrations ?? []) {
    const res = await fetch(`${REGISTRY}/${encodeURIComponent(pkg)}/${entry.file}`);
    const up = await res.text();
    migrations.push({ version: entry.version, name: `${pkg}_${entry.name}`, up, down: null, checksum: checksum(up) });
  }
  log.info(`Fetched ${migrations.length} shared migration(s) for ${pkg}`);
  return migrations;
}
