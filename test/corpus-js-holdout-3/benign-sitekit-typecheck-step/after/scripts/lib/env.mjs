import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

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
  return out;
}
