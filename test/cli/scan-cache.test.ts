/**
 * The findings cache of `airlock scan`: a cached scan writes exactly what an uncached one writes,
 * skips the analysis of unchanged files, lives outside the workspace, and treats its own files as
 * untrusted (damaged entries are analyzed again, an unwritable cache folder changes nothing).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pkg from '../../package.json';
import { DEFAULT_LIMITS } from '../../src/core/engine/analyze';
import { RULES } from '../../src/core/rules/index';
import { findingsCacheDir } from '../../src/node/findings-cache';
import { scan, type ScanSpec } from '../../src/node/scan';
import { PNG_BYTES, Repo, runCli, useTempDirs } from './helpers';

/** The tree of every test: findings in JS, TS and Python, a syntax error, a binary file, an outside symlink. */
const TREE: Record<string, string | Buffer> = {
  'src/run.js': 'let run = eval;\nrun(s);\n',
  'src/clean.js': 'export const total = (items) => items.length;\n',
  'src/broken.ts': 'let x = ;\n',
  'src/tool.py': 'import os\nimport subprocess\nsubprocess.run(cmd, shell=True)\nos.system(cmd)\n',
  'lib/net.ts': 'import { exec } from "node:child_process";\nexec(userInput);\nfetch("https://example.com/" + data);\n',
  'assets/logo.png': PNG_BYTES,
};
const FILES = Object.keys(TREE).length + 1;

/** Index files in a cache folder. */
function indexes(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => /^scan-[0-9a-f]{32}\.json$/.test(n)) : [];
}

describe('cli: scan findings cache', function () {
  this.timeout(60_000);
  const tmp = useTempDirs();

  function tree(): Repo {
    const repo = Repo.init(tmp, TREE);
    symlinkSync('/etc/passwd', repo.path('src/passwd-link'));
    return repo;
  }

  async function scanOut(repo: Repo, cacheDir: string, format: 'json' | 'sarif', extra: string[] = []): Promise<string> {
    const result = await runCli(['scan', '--format', format, ...extra], { cwd: repo.root, env: { AIRLOCK_CACHE_DIR: cacheDir } });
    assert.equal(result.stderr, '');
    assert.equal(result.code, 1);
    return result.stdout;
  }

  function apiScan(repo: Repo, cacheDir: string | undefined, more: Partial<ScanSpec> = {}): ReturnType<typeof scan> {
    return scan({
      cwd: repo.root,
      paths: [],
      includeIgnored: false,
      rules: RULES,
      limits: DEFAULT_LIMITS,
      cache: cacheDir ? { dir: cacheDir, toolVersion: pkg.version } : undefined,
      ...more,
    });
  }

  for (const format of ['json', 'sarif'] as const) {
    it(`a cached scan writes the same ${format} byte for byte as an uncached one`, async () => {
      const repo = tree();
      const cache = tmp('airlock-cache-');
      const uncached = await scanOut(repo, cache, format, ['--no-cache']);
      assert.deepEqual(indexes(cache), [], '--no-cache writes no cache');
      const report = JSON.parse(uncached);
      const notAnalyzed = format === 'json' ? report.notAnalyzed : report.runs[0].invocations[0].toolExecutionNotifications;
      assert.equal(notAnalyzed.length, 2, 'the tree has a syntax error and a binary file');
      assert.ok(uncached.includes('src/tool.py'), 'the Python file has findings');

      const first = await scanOut(repo, cache, format);
      assert.equal(indexes(cache).length, 1);
      const second = await scanOut(repo, cache, format);
      assert.equal(first, uncached);
      assert.equal(second, uncached);
      assert.equal(repo.git('status', '--porcelain', '--ignored'), '?? src/passwd-link\n', 'nothing is written into the workspace');
    });
  }

  it('a re-scan of an unchanged tree analyzes nothing: every file comes from the cache', async () => {
    const repo = tree();
    const cache = tmp('airlock-cache-');
    const first = await apiScan(repo, cache);
    assert.equal(first.filesScanned, FILES);
    assert.equal(first.fromCache, 0);
    const second = await apiScan(repo, cache);
    // The symlink is not read (so not cached): it is checked again, which costs a readlink.
    assert.equal(second.fromCache, FILES - 1);
    assert.deepEqual(
      second.findings,
      first.findings.map((f) => JSON.parse(JSON.stringify(f))),
    );
    assert.deepEqual(second.notAnalyzed, first.notAnalyzed);
  });

  it('the CLI reads its entries from the cache (an entry edited in the cache shows in the report)', async () => {
    const repo = tree();
    const cache = tmp('airlock-cache-');
    await scanOut(repo, cache, 'json');
    const [name] = indexes(cache);
    const index = JSON.parse(readFileSync(path.join(cache, name), 'utf8'));
    const entry = index.entries.find((e: { path: string }) => e.path === 'src/run.js');
    entry.findings[0].message = 'From the cache.';
    writeFileSync(path.join(cache, name), JSON.stringify(index));
    const cached = JSON.parse(await scanOut(repo, cache, 'json'));
    assert.equal(cached.findings.find((f: { path: string }) => f.path === 'src/run.js').message, 'From the cache.');
  });

  it('an edited file is analyzed again; a renamed one too, since findings carry their path', async () => {
    const repo = tree();
    const cache = tmp('airlock-cache-');
    await apiScan(repo, cache);
    repo.write({ 'src/clean.js': 'eval(now);\n' });
    renameSync(repo.path('lib/net.ts'), repo.path('lib/moved.ts'));
    const second = await apiScan(repo, cache);
    assert.equal(second.fromCache, FILES - 3);
    assert.ok(second.findings.some((f) => f.path === 'src/clean.js' && f.ruleId === 'ts/eval'));
    assert.ok(second.findings.some((f) => f.path === 'lib/moved.ts'));
    assert.ok(!second.findings.some((f) => f.path === 'lib/net.ts'));
    const uncached = await apiScan(repo, undefined);
    assert.deepEqual(JSON.parse(JSON.stringify(second.findings)), JSON.parse(JSON.stringify(uncached.findings)));
  });

  it('options that change results are part of the key: line hashes, the size limit', async () => {
    const repo = tree();
    const cache = tmp('airlock-cache-');
    await scanOut(repo, cache, 'json');
    // The JSON run's entries have no line hashes; a SARIF run must not take them.
    const sarif = await scanOut(repo, cache, 'sarif');
    assert.equal(sarif, await scanOut(repo, cache, 'sarif', ['--no-cache']));
    assert.match(sarif, /primaryLocationLineHash/);
    const small = await scanOut(repo, cache, 'json', ['--max-file-size', '20']);
    assert.equal(small, await scanOut(repo, cache, 'json', ['--max-file-size', '20', '--no-cache']));
    assert.match(small, /over the size limit/);
    assert.equal(indexes(cache).length, 3);
  });

  it('keeps the entries of folders a scan did not cover, drops those of files that are gone', async () => {
    const repo = tree();
    const cache = tmp('airlock-cache-');
    await apiScan(repo, cache);
    assert.equal((await apiScan(repo, cache, { paths: ['src'] })).fromCache, 4);
    assert.equal((await apiScan(repo, cache, { paths: ['lib'] })).fromCache, 1);
    repo.rm('src/clean.js');
    assert.equal((await apiScan(repo, cache, { paths: ['src'] })).fromCache, 3);
    const [name] = indexes(cache);
    const paths = JSON.parse(readFileSync(path.join(cache, name), 'utf8')).entries.map((e: { path: string }) => e.path);
    assert.deepEqual(paths, ['assets/logo.png', 'lib/net.ts', 'src/broken.ts', 'src/run.js', 'src/tool.py']);
  });

  it('a shard keeps the entries of the other shards', async () => {
    const repo = tree();
    const cache = tmp('airlock-cache-');
    await apiScan(repo, cache);
    const one = await apiScan(repo, cache, { shard: { index: 1, count: 2 } });
    const two = await apiScan(repo, cache, { shard: { index: 2, count: 2 } });
    assert.equal(one.fromCache + two.fromCache, FILES - 1);
    assert.ok(one.fromCache > 0 && two.fromCache > 0);
    assert.equal((await apiScan(repo, cache)).fromCache, FILES - 1);
  });

  it('an index still in use is marked so: a month-old one read again gets a fresh time', async () => {
    const repo = tree();
    const cache = tmp('airlock-cache-');
    await apiScan(repo, cache);
    const [name] = indexes(cache);
    const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(path.join(cache, name), old, old);
    assert.equal((await apiScan(repo, cache)).fromCache, FILES - 1);
    assert.ok(statSync(path.join(cache, name)).mtimeMs > Date.now() - 60_000);
    // Another root's index, untouched for 40 days, and a temporary file left by a killed process go.
    const stale = path.join(cache, `scan-${'a'.repeat(32)}.json`);
    const temp = path.join(cache, `.scan-${'b'.repeat(32)}.json.123-${'c'.repeat(12)}.tmp`);
    const mine = path.join(cache, 'notes.json');
    for (const file of [stale, temp, mine]) {
      writeFileSync(file, '{}');
      utimesSync(file, old, old);
    }
    repo.write({ 'src/new.js': 'eval(1);\n' });
    await apiScan(repo, cache);
    assert.equal(existsSync(stale), false);
    assert.equal(existsSync(temp), false);
    assert.equal(existsSync(mine), true, 'files the cache did not name are left alone');
  });

  describe('a damaged cache is analyzed again, never trusted and never fatal', () => {
    let repo: Repo;
    let reference: string;
    before(async () => {
      repo = tree();
      reference = await scanOut(repo, tmp('airlock-cache-'), 'json', ['--no-cache']);
    });

    async function damaged(damage: (text: string) => string): Promise<void> {
      const cache = tmp('airlock-cache-');
      await scanOut(repo, cache, 'json');
      const [name] = indexes(cache);
      const file = path.join(cache, name);
      writeFileSync(file, damage(readFileSync(file, 'utf8')));
      assert.equal(await scanOut(repo, cache, 'json'), reference);
      // The next scan rewrites a sound index: everything comes from the cache again.
      assert.equal((await apiScan(repo, cache)).fromCache, FILES - 1);
      assert.equal(await scanOut(repo, cache, 'json'), reference);
    }

    it('a truncated index', () => damaged((text) => text.slice(0, Math.floor(text.length / 2))));
    it('an index that is not JSON', () => damaged(() => '\u0000\u0001 not json'));
    it('JSON of the wrong shape', () => damaged(() => JSON.stringify({ entries: 'nope' })));
    it('an empty file', () => damaged(() => ''));

    /* eslint-disable-next-line @typescript-eslint/no-explicit-any -- the index is edited as plain JSON */
    const entryDamage: [string, (entry: Record<string, any>) => void][] = [
      ['a line that is a string', (e) => (e.findings[0].line = '1')],
      ['a line of 0', (e) => (e.findings[0].line = 0)],
      ['an unknown category', (e) => (e.findings[0].category = 'bogus')],
      ['an unknown severity', (e) => (e.findings[0].severity = 'critical')],
      ['a finding for another path', (e) => (e.findings[0].path = 'src/other.js')],
      ['a missing fingerprint', (e) => delete e.findings[0].fingerprint],
      ['a bad optional field', (e) => (e.findings[0].side = 'sideways')],
      ['related locations that are not a list', (e) => (e.findings[0].related = {})],
      ['findings that are not a list', (e) => (e.findings = null)],
      ['a not-analyzed reason that is not text', (e) => (e.notAnalyzed = { path: e.path, reason: 42 })],
      ['a digest of other content', (e) => (e.sha256 = '0'.repeat(64))],
    ];
    for (const [what, damage] of entryDamage) {
      it(`an entry with ${what}`, async () => {
        const cache = tmp('airlock-cache-');
        await apiScan(repo, cache);
        const [name] = indexes(cache);
        const file = path.join(cache, name);
        const index = JSON.parse(readFileSync(file, 'utf8'));
        damage(index.entries.find((e: { path: string }) => e.path === 'src/run.js'));
        writeFileSync(file, JSON.stringify(index));
        const again = await apiScan(repo, cache);
        assert.equal(again.fromCache, FILES - 2, 'only the damaged entry is analyzed again');
        assert.equal(await scanOut(repo, cache, 'json'), reference);
      });
    }

    it('an index that is a symlink is not followed', async () => {
      const cache = tmp('airlock-cache-');
      await scanOut(repo, cache, 'json');
      const [name] = indexes(cache);
      renameSync(path.join(cache, name), path.join(cache, 'elsewhere.json'));
      symlinkSync(path.join(cache, 'elsewhere.json'), path.join(cache, name));
      assert.equal((await apiScan(repo, cache)).fromCache, 0);
    });

    it('a cache folder that cannot be created: the scan succeeds all the same', async () => {
      const blocked = tmp('airlock-cache-');
      writeFileSync(path.join(blocked, 'file'), 'in the way\n');
      const cache = path.join(blocked, 'file', 'findings');
      assert.equal(await scanOut(repo, cache, 'json'), reference);
      assert.equal(await scanOut(repo, cache, 'json'), reference);
    });
  });

  it('a cache folder inside the scanned folder is not used', async () => {
    const repo = tree();
    const inside = repo.path('.cache-here');
    await scanOut(repo, inside, 'json');
    assert.equal(existsSync(inside), false);
  });

  it('AIRLOCK_CACHE_DIR must be absolute', async () => {
    const repo = tree();
    const result = await runCli(['scan'], { cwd: repo.root, env: { AIRLOCK_CACHE_DIR: 'relative/cache' } });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /AIRLOCK_CACHE_DIR must be an absolute path/);
    assert.equal(existsSync(repo.path('relative')), false);
  });

  it('the cache folder: AIRLOCK_CACHE_DIR, else XDG_CACHE_HOME when absolute, else ~/.cache', () => {
    assert.equal(findingsCacheDir({ AIRLOCK_CACHE_DIR: '/c/a', XDG_CACHE_HOME: '/x' }), '/c/a');
    assert.equal(findingsCacheDir({ XDG_CACHE_HOME: '/x' }), path.join('/x', 'airlock', 'findings'));
    const home = path.join(os.homedir(), '.cache', 'airlock', 'findings');
    assert.equal(findingsCacheDir({ XDG_CACHE_HOME: 'relative' }), home);
    assert.equal(findingsCacheDir({}), home);
  });

  it('XDG_CACHE_HOME is honoured by the CLI', async () => {
    const repo = tree();
    const xdg = tmp('airlock-xdg-');
    const result = await runCli(['scan', '--format', 'json'], {
      cwd: repo.root,
      env: { AIRLOCK_CACHE_DIR: undefined, XDG_CACHE_HOME: xdg },
    });
    assert.equal(result.code, 1);
    assert.equal(indexes(path.join(xdg, 'airlock', 'findings')).length, 1);
  });
});
