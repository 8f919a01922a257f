import { rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const tscBin = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

await rm(dist, { recursive: true, force: true });

// Compile with the project's own TypeScript so .d.ts files are emitted alongside JS.
const result = spawnSync(process.execPath, [tscBin, '-p', path.join(root, 'tsconfig.json')], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.error('tsc failed');
  process.exitCode = result.status ?? 1;
} else {
  console.log('compiled sources to dist/');
}
