/**
 * `airlock review --patch FILE|-`: a git-format patch (made by `git diff` in another repository)
 * reviewed against the base versions of its files.
 */
import * as assert from 'node:assert/strict';
import { symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { brief, Repo, runCli, runJson, useTempDirs } from './helpers';

const BASE = {
  'a.js': 'a();\nb();\nc();\nd();\ne();\nf();\ng();\nh();\n',
  'old.js': 'one();\ntwo();\nthree();\nfour();\nfive();\nsix();\n',
  'ü dir/é "q".js': 'x();\n',
  'run.sh': 'echo hi\n',
  'gone.js': 'eval(removed);\n',
};

describe('cli: review --patch', () => {
  const tmp = useTempDirs();
  let patch: string;
  let patchFile: string;

  before(() => {
    // Make the patch in one repository...
    const source = Repo.init(tmp, BASE);
    source.write({ 'a.js': BASE['a.js'].replace('e();', 'eval(e);'), 'new.js': 'const n = 1;\neval(n);\n' });
    source.git('mv', 'old.js', 'renamed.js');
    source.write({ 'renamed.js': `${BASE['old.js']}eval(moved);\n` });
    source.write({ 'ü dir/é "q".js': 'x();\neval(u);\n' });
    source.chmod('run.sh', 0o755);
    symlinkSync('/etc/shadow', source.path('link'));
    source.rm('gone.js');
    source.git('add', '-A');
    patch = source.git('diff', '--cached', '-M');
    patchFile = path.join(tmp('airlock-patch-'), 'change.patch');
    writeFileSync(patchFile, patch);
  });

  const EXPECTED = [
    'a.js:5 ts/eval high new',
    'link:1 diff/symlink high new',
    'new.js:2 ts/eval high new',
    'renamed.js:7 ts/eval high new',
    'run.sh:1 diff/executable-bit medium new',
    'ü dir/é "q".js:2 ts/eval high new',
  ];

  it('the patch is what git produces: a rename, a mode change, a symlink and a quoted Unicode path', () => {
    assert.match(patch, /^rename from old\.js$/m);
    assert.match(patch, /^old mode 100644$/m);
    assert.match(patch, /^new file mode 120000$/m);
    assert.match(patch, /^diff --git "a\/\\303\\274 dir\/\\303\\251 \\"q\\"\.js"/m);
  });

  it('--patch FILE (a path relative to the working folder) is reviewed against the base commit', async () => {
    // ...and review it in another repository with the same base.
    const target = Repo.init(tmp, BASE);
    const relative = path.relative(target.root, patchFile);
    const { code, report, stderr } = await runJson(['review', '--patch', relative], { cwd: target.root });
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.equal(report.base, `HEAD (${target.head().slice(0, 12)}), with the patch applied`);
    assert.deepEqual(brief(report.findings), EXPECTED);
    assert.deepEqual(report.notAnalyzed, []);
    assert.deepEqual(report.capabilityDelta?.adds, [
      { category: 'filesystem', kind: 'adds', label: 'filesystem', findings: 1, files: ['link'] },
      { category: 'process', kind: 'adds', label: 'process', findings: 1, files: ['run.sh'] },
      {
        category: 'dynamic-code',
        kind: 'adds',
        label: 'dynamic-code',
        findings: 4,
        files: ['a.js', 'new.js', 'renamed.js', 'ü dir/é "q".js'],
      },
    ]);
  });

  it('--patch - reads standard input', async () => {
    const target = Repo.init(tmp, BASE);
    const { code, report } = await runJson(['review', '--patch', '-'], { cwd: target.root, stdin: patch });
    assert.equal(code, 1);
    assert.deepEqual(brief(report.findings), EXPECTED);
  });

  it('--base REF picks the base versions inside a repository', async () => {
    const target = Repo.init(tmp, BASE);
    const base = target.head();
    target.write({ 'a.js': 'totally();\ndifferent();\n' });
    target.commit('a.js rewritten after the base');
    const { report } = await runJson(['review', '--patch', patchFile, '--base', 'HEAD~1'], { cwd: target.root });
    assert.equal(report.base, `HEAD~1 (${base.slice(0, 12)}), with the patch applied`);
    assert.deepEqual(brief(report.findings), EXPECTED);
  });

  it('outside a repository the base versions come from the disk', async () => {
    const folder = tmp('airlock-plain-');
    for (const [file, text] of Object.entries(BASE)) {
      new Repo(folder).write({ [file]: text });
    }
    const { report } = await runJson(['review', '--patch', patchFile], { cwd: folder });
    assert.equal(report.base, 'the files on disk, with the patch applied');
    assert.deepEqual(brief(report.findings), EXPECTED);
  });

  it('a patch that does not apply: its hunks are reviewed and the file is marked as partly analyzed', async () => {
    const target = Repo.init(tmp, { ...BASE, 'a.js': 'unrelated();\n'.repeat(8) });
    const { code, report } = await runJson(['review', '--patch', patchFile], { cwd: target.root });
    assert.equal(code, 1);
    assert.deepEqual(brief(report.findings), ['a.js:1 airlock/not-analyzed medium new', ...EXPECTED]);
    const partial = report.findings[0];
    assert.equal(
      partial.message,
      'Not analyzed: the patch does not apply to the base version: only its hunks were reviewed. Review this file by hand.',
    );
    assert.deepEqual(report.notAnalyzed, [
      { path: 'a.js', reason: 'the patch does not apply to the base version: only its hunks were reviewed' },
    ]);
  });

  it('a "Binary files differ" section is reported as not analyzed', async () => {
    const source = Repo.init(tmp, { 'x.js': 'ok();\n' });
    source.write({ 'blob.js': Buffer.from('eval(hidden);\0\n') });
    source.git('add', '-A');
    const binaryPatch = source.git('diff', '--cached');
    assert.match(binaryPatch, /^Binary files \/dev\/null and b\/blob\.js differ$/m);
    const target = Repo.init(tmp, { 'x.js': 'ok();\n' });
    const { code, report } = await runJson(['review', '--patch', '-'], { cwd: target.root, stdin: binaryPatch });
    assert.equal(code, 1);
    assert.deepEqual(brief(report.findings), ['blob.js:1 airlock/not-analyzed high new']);
    assert.deepEqual(report.notAnalyzed, [{ path: 'blob.js', reason: 'binary change in the patch: its contents are not included' }]);
  });

  describe('malformed patches exit 2 with a message', () => {
    const cases: [string, string, RegExp][] = [
      ['plain text', 'this is not a patch\n', /^airlock: no file changes found in the patch\n$/],
      ['a hunk longer than its header says', '--- a/x.js\n+++ b/x.js\n@@ -1,2 +1,2 @@\n-a\n+b\n', /^airlock: not a valid patch: /],
      ['a hunk without file names', '@@ -1 +1 @@\n-a\n+b\n', /^airlock: a patch section has hunks but no file names\n$/],
    ];
    for (const [name, text, message] of cases) {
      it(name, async () => {
        const repo = Repo.init(tmp, { 'x.js': 'a\n' });
        const result = await runCli(['review', '--patch', '-'], { cwd: repo.root, stdin: text });
        assert.equal(result.code, 2);
        assert.equal(result.stdout, '');
        assert.match(result.stderr, message);
      });
    }

    it('a missing patch file', async () => {
      const repo = Repo.init(tmp, { 'x.js': 'a\n' });
      const result = await runCli(['review', '--patch', 'no-such.patch'], { cwd: repo.root });
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^airlock: ENOENT: no such file or directory, open '.*no-such\.patch'\n$/);
    });
  });
});
