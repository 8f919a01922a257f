/**
 * `airlock scan --shard K/N`: the shards of a tree cover every file exactly once, a file's shard
 * depends on its path alone, and each report says which shard it is.
 */
import * as assert from 'node:assert/strict';
import { shardOf, parseShard } from '../../src/core/scan/shard';
import { Repo, runCli, runJson, useTempDirs } from './helpers';

/** Twenty files, each with one finding, so every file shows in the report. */
function files(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, `eval(${JSON.stringify(name)});\n`]));
}
const NAMES = Array.from({ length: 20 }, (_, i) => `src/${i % 3 === 0 ? 'deep/' : ''}file${i}.js`);

describe('cli: scan --shard', function () {
  this.timeout(60_000);
  const tmp = useTempDirs();

  async function shardPaths(repo: Repo, count: number): Promise<Map<string, number>> {
    const where = new Map<string, number>();
    for (let index = 1; index <= count; index++) {
      const { code, report, stderr } = await runJson(['scan', '--shard', `${index}/${count}`], { cwd: repo.root });
      assert.equal(code, 1, stderr);
      assert.deepEqual(report.shard, { index, count });
      for (const f of report.findings) {
        assert.equal(where.get(f.path) ?? index, index, `${f.path} is in one shard only`);
        where.set(f.path, index);
      }
    }
    return where;
  }

  it('the shards cover every file exactly once, and a whole scan says it is no shard', async () => {
    const repo = Repo.init(tmp, files(NAMES));
    const where = await shardPaths(repo, 3);
    assert.deepEqual([...where.keys()].sort(), [...NAMES].sort());
    assert.deepEqual(new Set(where.values()), new Set([1, 2, 3]), 'twenty files land in all three shards');
    const whole = await runJson(['scan'], { cwd: repo.root });
    assert.equal(whole.report.shard, null);
    assert.equal(whole.report.findings.length, NAMES.length);
    const one = await runJson(['scan', '--shard', '1/1'], { cwd: repo.root });
    assert.deepEqual(one.report.findings, whole.report.findings);
    assert.deepEqual(one.report.shard, { index: 1, count: 1 });
  });

  it('adding and removing files moves no other file to another shard', async () => {
    const repo = Repo.init(tmp, files(NAMES));
    const before = await shardPaths(repo, 4);
    const added = Array.from({ length: 15 }, (_, i) => `added/new${i}.js`);
    repo.write(files(added)).rm(NAMES[0]).rm(NAMES[7]);
    const after = await shardPaths(repo, 4);
    for (const [file, shard] of before) {
      if (file !== NAMES[0] && file !== NAMES[7]) {
        assert.equal(after.get(file), shard, file);
      }
    }
    assert.equal(after.size, NAMES.length - 2 + added.length);
  });

  it('the shard of a path is fixed: a hash of the report path, whatever the machine or the release', () => {
    // Pinned: shards computed by another Airlock release still partition the tree the same way.
    assert.deepEqual(
      ['src/a.js', 'src/b.js', 'src/c.js', 'README.md', 'lib/ü x.py'].map((p) => shardOf(p, 7)),
      [1, 1, 3, 1, 6],
    );
    assert.equal(shardOf('anything', 1), 1);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      counts[shardOf(`src/file${i}.ts`, 4) - 1]++;
    }
    assert.ok(
      counts.every((n) => n > 900 && n < 1100),
      `about even: ${counts.join(', ')}`,
    );
  });

  it('text and SARIF reports name the shard', async () => {
    const repo = Repo.init(tmp, files(NAMES));
    const text = await runCli(['scan', '--shard', '2/3'], { cwd: repo.root });
    assert.match(text.stdout, /in \d+ files \(shard 2\/3\)\.\n$/);
    const sarif = JSON.parse((await runCli(['scan', '--shard', '2/3', '--format', 'sarif'], { cwd: repo.root })).stdout);
    assert.deepEqual(sarif.runs[0].properties.shard, { index: 2, count: 3 });
    assert.deepEqual(sarif.runs[0].automationDetails, { id: 'airlock/scan/shard-2-of-3/' });
    const whole = JSON.parse((await runCli(['scan', '--format', 'sarif'], { cwd: repo.root })).stdout);
    assert.equal(whole.runs[0].properties.shard, undefined);
    assert.equal(whole.runs[0].automationDetails, undefined);
    assert.doesNotMatch((await runCli(['scan'], { cwd: repo.root })).stdout, /shard/);
  });

  it('a bad --shard is a usage error', async () => {
    const repo = Repo.init(tmp, files(['a.js']));
    for (const bad of ['0/3', '4/3', '1/0', '0/0', 'a/b', '1', '1/3/2', '1.5/3', '', '1001/1001', '2/ 3']) {
      const result = await runCli(['scan', '--shard', bad], { cwd: repo.root });
      assert.equal(result.code, 2, bad);
      assert.equal(result.stdout, '', bad);
      assert.match(result.stderr, /^airlock: --shard must be K\/N, the K-th of N parts with 1 <= K <= N <= 1000 \(got ".*"\)\n/, bad);
    }
    assert.deepEqual(parseShard('3/3'), { index: 3, count: 3 });
    assert.deepEqual(parseShard('1000/1000'), { index: 1000, count: 1000 });
  });
});
