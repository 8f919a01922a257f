/**
 * The built bin (`dist/cli.js`, made by `npm run build`, which `npm test` runs first) as a child
 * process: the shebang, the executable bit, stdin, and exit codes through process.exitCode.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import pkg from '../../package.json';
import type { JsonReport } from '../../src/core/report/json';
import { brief, CLI_BUNDLE, Repo, REPO_ROOT, runBundle, useTempDirs } from './helpers';

describe('cli: the built bundle (node dist/cli.js)', function () {
  this.timeout(60_000);
  const tmp = useTempDirs();

  before(() => {
    if (!existsSync(CLI_BUNDLE)) {
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'pipe' });
    }
  });

  it('has a node shebang and is executable, so it runs as a bin', () => {
    assert.equal(readFileSync(CLI_BUNDLE, 'utf8').split('\n', 1)[0], '#!/usr/bin/env node');
    assert.ok((statSync(CLI_BUNDLE).mode & 0o111) !== 0, 'dist/cli.js is executable');
    assert.equal(pkg.bin.airlock, 'dist/cli.js');
    const direct = spawnSync(CLI_BUNDLE, ['--version'], { encoding: 'utf8' });
    assert.equal(direct.status, 0, direct.stderr);
    assert.equal(direct.stdout, `${pkg.version}\n`);
  });

  it('keeps V8 code cache for the bundle in the user cache folder; a corrupt cache is only rebuilt', () => {
    const cacheHome = tmp('airlock-bundle-xdg-');
    const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
    const run = (): string => {
      const result = spawnSync(process.execPath, [CLI_BUNDLE, '--version'], { encoding: 'utf8', env });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr, '');
      return result.stdout;
    };
    assert.equal(run(), `${pkg.version}\n`);
    const dir = path.join(cacheHome, 'airlock', 'v8');
    const files = readdirSync(dir);
    assert.equal(files.length, 1, 'one cache file');
    const file = path.join(dir, files[0]);
    assert.ok(statSync(file).size > 100_000, 'the cache holds compiled code');
    writeFileSync(file, 'not V8 code cache data');
    assert.equal(run(), `${pkg.version}\n`, 'a corrupt cache changes nothing visible');
    assert.notEqual(readFileSync(file, 'utf8').slice(0, 22), 'not V8 code cache data', 'and it is replaced');
  });

  it('exits 1 with findings (text report on stdout, no colours on a pipe)', () => {
    const repo = Repo.init(tmp, { 'a.js': 'ok();\n' });
    repo.write({ 'a.js': 'ok();\neval(x);\n' });
    const text = runBundle(['review'], { cwd: repo.root, env: { ...process.env, NO_COLOR: undefined } });
    assert.equal(text.status, 1, text.stderr);
    assert.equal(text.stderr, '');
    assert.doesNotMatch(text.stdout, /\u001b\[/, 'no colours when stdout is a pipe');
    assert.match(text.stdout, /^a\.js:2:1 {2}high {4}dynamic-code {2}ts\/eval {2}`eval` runs a string as code\.$/m);
    assert.match(text.stdout, /\n1 finding \(1 high\) in 1 changed file\.\n$/);
  });

  it('exits 2 with a message on errors', () => {
    const notRepo = runBundle(['review'], { cwd: tmp('airlock-bundle-plain-') });
    assert.equal(notRepo.status, 2);
    assert.equal(notRepo.stdout, '');
    assert.match(notRepo.stderr, /^airlock: git error: not a git repository: /);
  });

  it('reads a patch from standard input (and exits 0 with --fail-on none)', () => {
    const source = Repo.init(tmp, { 'a.js': 'a();\nb();\n' });
    source.write({ 'a.js': 'a();\neval(b);\n' });
    const patch = source.git('diff');
    const target = Repo.init(tmp, { 'a.js': 'a();\nb();\n' });
    const result = runBundle(['review', '--patch', '-', '--format', 'json', '--fail-on', 'none'], { cwd: target.root, input: patch });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(brief((JSON.parse(result.stdout) as JsonReport).findings), ['a.js:2 ts/eval high new']);
  });
});
