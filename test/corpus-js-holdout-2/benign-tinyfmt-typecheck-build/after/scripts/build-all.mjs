import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkgsDir = path.join(root, 'packages');

for (const name of readdirSync(pkgsDir)) {
  const dir = path.join(pkgsDir, name);
  if (!existsSync(path.join(dir, 'package.json'))) continue;
  const r = spawnSync('npm', ['run', 'build'], { cwd: dir, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
