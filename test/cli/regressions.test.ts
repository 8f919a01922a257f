/**
 * Bugs found by the CLI suite, each pinned by the repro that exposed it.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { brief, git, Repo, runCli, runJson, useTempDirs } from './helpers';

describe('cli: regressions', () => {
  const tmp = useTempDirs();

  it('a working-tree rename with an edit reads the file from disk (git hashed it only in memory)', async () => {
    const repo = Repo.init(tmp, { 'other.js': 'eval(y);\nz();\n' });
    repo.git('mv', 'other.js', 'moved.js');
    repo.write({ 'moved.js': 'eval(y);\nz();\neval(w);\n' });
    const { report } = await runJson(['review'], { cwd: repo.root });
    assert.deepEqual(brief(report.findings), ['moved.js:3 ts/eval high new']);
  });

  it('an intent-to-add file with a deleted tracked file is read from disk', async () => {
    const repo = Repo.init(tmp, { 'a.js': 'x();\n', 'gone.js': 'y();\n' });
    repo.write({ 'n.js': 'eval(1);\n' });
    repo.git('add', '-N', 'n.js');
    repo.rm('gone.js');
    const { report } = await runJson(['review'], { cwd: repo.root });
    assert.deepEqual(brief(report.findings), ['n.js:1 ts/eval high new']);
  });

  it('a copy staged and then edited in the working tree is reviewed as it is on disk', async () => {
    const repo = Repo.init(tmp, { 'a.js': 'one();\ntwo();\nthree();\n' });
    copyFileSync(repo.path('a.js'), repo.path('b.js'));
    repo.git('add', 'b.js');
    repo.write({ 'b.js': 'one();\ntwo();\nthree();\neval(x);\n', 'a.js': 'one();\ntwo();\nthree();\nfour();\n' });
    const { report } = await runJson(['review'], { cwd: repo.root });
    assert.deepEqual(brief(report.findings), ['b.js:4 ts/eval high new']);
  });

  it('a `git diff --binary` patch is not reviewed as empty', async () => {
    const source = Repo.init(tmp, { 'x.js': 'ok();\n' });
    source.write({ 'evil.js': Buffer.from('eval(payload);\0\n') });
    source.git('add', 'evil.js');
    const patch = git(source.root, ['diff', '--cached', '--binary']);
    assert.match(patch, /GIT binary patch/);
    const target = Repo.init(tmp, { 'x.js': 'ok();\n' });
    const { code, report } = await runJson(['review', '--patch', '-'], { cwd: target.root, stdin: patch });
    assert.equal(code, 1);
    assert.deepEqual(brief(report.findings), ['evil.js:1 airlock/not-analyzed high new']);
    assert.match(report.notAnalyzed[0].reason, /binary change/);
  });

  it('an empty patch is an error, not a clean review', async () => {
    const repo = Repo.init(tmp, { 'x.js': 'ok();\n' });
    const result = await runCli(['review', '--patch', '-'], { cwd: repo.root, stdin: '' });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /the patch is empty/);
  });

  it('scan findings have no side, symlinks included', async () => {
    const dir = tmp();
    symlinkSync('/etc/passwd', `${dir}/link`);
    const { report } = await runJson(['scan', dir], { cwd: dir });
    assert.deepEqual(
      report.findings.map((f) => [f.path, f.ruleId, f.side]),
      [['link', 'diff/symlink', null]],
    );
  });

  it('newlines and tabs in file names cannot forge report lines', async () => {
    const repo = Repo.init(tmp, { 'x.js': 'ok();\n' });
    repo.write({ 'a\nfake.js:9:9  low\t.js': 'eval(1);\n' });
    const { stdout } = await runCli(['review', '--no-color'], { cwd: repo.root });
    assert.ok(!stdout.split('\n').some((line) => line.startsWith('fake.js')), stdout);
    assert.match(stdout, /a\\x0afake\.js:9:9 {2}low\\x09\.js:1:1/);
  });

  it('an untracked nested repository is reported without a trailing slash', async () => {
    const repo = Repo.init(tmp, { 'x.js': 'ok();\n' });
    mkdirSync(repo.path('nested'));
    Repo.init(() => repo.path('nested'), { 'n.js': 'n();\n' });
    const { report } = await runJson(['review'], { cwd: repo.root });
    assert.deepEqual(
      report.findings.map((f) => [f.path, f.ruleId]),
      [['nested', 'diff/submodule']],
    );
  });
});
