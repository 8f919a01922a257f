// The demo: builds a temporary git repository from examples/demo (a base commit, then an
// AI-written change in the working tree) and reviews it with the CLI. Nothing in it is executed.
// Usage: npm run demo [-- --keep] [-- --format json|sarif]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const demo = path.join(root, 'examples', 'demo');
const keep = process.argv.includes('--keep');
const extra = process.argv.slice(2).filter((a) => a !== '--keep');

const repo = mkdtempSync(path.join(tmpdir(), 'airlock-demo-'));
const git = (...args) =>
  execFileSync('git', ['-c', 'user.name=Demo', '-c', 'user.email=demo@example.invalid', '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd: repo,
    stdio: 'ignore',
  });
try {
  git('init', '-q', '-b', 'main');
  cpSync(path.join(demo, 'base'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'Sampler: draw evaluation batches');
  for (const entry of readdirSync(repo)) {
    if (entry !== '.git') {
      rmSync(path.join(repo, entry), { recursive: true, force: true });
    }
  }
  cpSync(path.join(demo, 'change'), repo, { recursive: true });
  console.log(`Demo repository: ${repo}`);
  console.log(
    "Base commit: an evaluation-batch sampler, a training script and their tests. Working tree: an AI agent's change that " +
      '"makes runs reproducible", "uploads stats" and "tidies the tests".',
  );
  console.log('$ airlock review\n');
  const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'review', ...extra], { cwd: repo, stdio: 'inherit' });
  if (result.status === 1) {
    console.log('\nExit code 1: the change has flags a person must review before it can merge.');
    process.exitCode = 0;
  } else {
    console.error(`\nUnexpected exit code ${result.status}: the demo change should be flagged.`);
    process.exitCode = result.status === 0 ? 1 : (result.status ?? 2);
  }
} finally {
  if (keep) {
    console.log(`(kept ${repo})`);
  } else {
    rmSync(repo, { recursive: true, force: true });
  }
}
