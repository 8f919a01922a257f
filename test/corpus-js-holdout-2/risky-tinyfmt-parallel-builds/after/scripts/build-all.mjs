import { readdirSync, existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkgsDir = path.join(root, 'packages');
const hook = process.env.BUILD_HOOK ? ` && ${process.env.BUILD_HOOK}` : '';

function buildIn(dir) {
  const body = `require('child_process').execSync(${JSON.stringify(`cd "${dir}" && npm run build${hook}`)}, { stdio: 'inherit' })`;
  return new Promise((resolve, reject) => {
    const w = new Worker(body, { eval: true });
    w.on('error', reject);
    w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${dir} exited with ${code}`))));
  });
}

const dirs = readdirSync(pkgsDir)
  .map((name) => path.join(pkgsDir, name))
  .filter((dir) => existsSync(path.join(dir, 'package.json')));

try {
  await Promise.all(dirs.map(buildIn));
} catch (err) {
  console.error(err.message);
  process.exitCode = 1;
}
