/**
 * `airlock review` on the awkward kinds of file changes: renames and copies, line endings,
 * unusual path names, binaries, unparsable and oversized files, modes, symlinks, submodules.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, renameSync, symlinkSync } from 'node:fs';
import { brief, byRule, PNG_BYTES, Repo, runJson, useTempDirs } from './helpers';

const BODY = 'a();\nb();\nc();\nd();\ne();\neval(existing);\nf();\n';

describe('cli: review of renames, copies, encodings, binaries, modes and links', () => {
  const tmp = useTempDirs();

  describe('renames and copies', () => {
    it('a committed rename with an edit flags only the edited line, at the new path', async () => {
      const repo = Repo.init(tmp, { 'old.js': BODY });
      mkdirSync(repo.path('lib'));
      repo.git('mv', 'old.js', 'lib/renamed.js');
      repo.write({ 'lib/renamed.js': `${BODY}eval(added);\n` });
      repo.commit('rename and edit');
      const { code, report } = await runJson(['review', '--base', 'HEAD~1', '--head', 'HEAD'], { cwd: repo.root });
      assert.equal(code, 1);
      assert.deepEqual(brief(report.findings), ['lib/renamed.js:8 ts/eval high new']);
      // The base (old.js) already had dynamic code: nothing new in the delta.
      assert.deepEqual(report.capabilityDelta?.adds, []);
    });

    it('a staged rename with a staged edit flags only the edited line', async () => {
      const repo = Repo.init(tmp, { 'old.js': BODY });
      repo.git('mv', 'old.js', 'moved.js');
      repo.write({ 'moved.js': BODY.replace('c();', 'eval(changed);') });
      repo.git('add', 'moved.js');
      const { report } = await runJson(['review', '--staged'], { cwd: repo.root });
      assert.deepEqual(brief(report.findings), ['moved.js:3 ts/eval high new']);
    });

    it('a rename without edits flags nothing (git mv, and a plain move of an untracked copy)', async () => {
      const repo = Repo.init(tmp, { 'one.js': BODY, 'two.js': `${BODY}g();\n` });
      repo.git('mv', 'one.js', 'one-renamed.js');
      renameSync(repo.path('two.js'), repo.path('two renamed.js'));
      const worktree = await runJson(['review'], { cwd: repo.root });
      assert.equal(worktree.code, 0);
      assert.deepEqual(worktree.report.findings, []);
      const staged = await runJson(['review', '--staged'], { cwd: repo.root });
      assert.deepEqual(staged.report.findings, []);
    });

    it('a copy (source also modified) flags only what the copy changed', async () => {
      const repo = Repo.init(tmp, { 'src.js': BODY });
      repo.write({ 'src.js': `${BODY}g();\n`, 'copy.js': `${BODY}eval(inCopy);\n` });
      repo.commit('copy');
      const { report } = await runJson(['review', '--base', 'HEAD~1', '--head', 'HEAD'], { cwd: repo.root });
      assert.deepEqual(brief(report.findings), ['copy.js:8 ts/eval high new']);
    });
  });

  describe('line endings', () => {
    it('a CRLF -> LF conversion alone flags nothing', async () => {
      const repo = Repo.init(tmp, { 'crlf.js': 'a();\r\neval(x);\r\nb();\r\n' });
      repo.write({ 'crlf.js': 'a();\neval(x);\nb();\n' });
      const { code, report } = await runJson(['review'], { cwd: repo.root });
      assert.equal(code, 0);
      assert.deepEqual(report.findings, []);
    });

    it('a conversion plus a new line flags only the new line', async () => {
      const repo = Repo.init(tmp, { 'lf.js': 'a();\neval(x);\nb();\n' });
      repo.write({ 'lf.js': 'a();\r\neval(x);\r\nb();\r\neval(y);\r\n' });
      const { report } = await runJson(['review'], { cwd: repo.root });
      assert.deepEqual(brief(report.findings), ['lf.js:4 ts/eval high new']);
      assert.equal(report.findings[0].snippet, 'eval(y);');
    });
  });

  it('paths with spaces, quotes, tabs and Unicode are reported verbatim (working tree and commit)', async () => {
    const repo = Repo.init(tmp, { 'x.js': 'ok();\n' });
    const files = { 'dir with space/a "q" é.js': 'eval(1);\n', 'naïve\tfile.js': 'eval(2);\n', 'ü/日本.ts': 'eval(3);\n' };
    repo.write(files);
    const expected = ['dir with space/a "q" é.js:1 ts/eval high new', 'naïve\tfile.js:1 ts/eval high new', 'ü/日本.ts:1 ts/eval high new'];
    const worktree = await runJson(['review'], { cwd: repo.root });
    assert.deepEqual(brief(worktree.report.findings), expected);
    assert.deepEqual(worktree.report.capabilityDelta?.adds[0].files, Object.keys(files));
    repo.commit('odd names');
    const commit = await runJson(['review', '--base', 'HEAD~1', '--head', 'HEAD'], { cwd: repo.root });
    assert.deepEqual(brief(commit.report.findings), expected);
  });

  describe('files that cannot be analyzed are findings', () => {
    let repo: Repo;
    before(() => {
      repo = Repo.init(tmp, { 'x.js': 'ok();\n' });
      repo.write({
        'img.png': PNG_BYTES,
        'nul.js': Buffer.from('eval(payload);\0\n'),
        'broken.js': 'function (\n',
        'big.js': 'x();\n'.repeat(100),
      });
    });

    for (const mode of ['working tree', 'commit'] as const) {
      it(`binary, NUL-byte, syntax-error and oversized files (${mode})`, async () => {
        if (mode === 'commit' && repo.git('status', '--porcelain') !== '') {
          repo.commit('unanalyzable');
        }
        const args = mode === 'commit' ? ['review', '--base', 'HEAD~1', '--head', 'HEAD'] : ['review'];
        const { code, report } = await runJson([...args, '--max-file-size', '200'], { cwd: repo.root });
        assert.equal(code, 1);
        assert.deepEqual(brief(report.findings), [
          'big.js:1 airlock/not-analyzed medium new',
          'broken.js:1 airlock/not-analyzed medium new',
          'img.png:1 airlock/not-analyzed low new',
          'nul.js:1 airlock/not-analyzed high new',
          // Read as text anyway: the `eval` beside the NUL byte is still named.
          'nul.js:1 airlock/unanalyzed-capability high new',
        ]);
        const messages = Object.fromEntries(
          report.findings.filter((f) => f.ruleId === 'airlock/not-analyzed').map((f) => [f.path, f.message]),
        );
        assert.equal(messages['img.png'], 'Binary file (PNG image): its contents are not reviewed by Airlock.');
        assert.match(messages['nul.js'], /^Not analyzed: binary content in no recognizable format .*hide code\.$/);
        assert.match(messages['broken.js'], /^Not analyzed: syntax error: .* \(line 1, column 10\)\. Review this file by hand\.$/);
        assert.equal(messages['big.js'], 'Not analyzed: over the size limit (500 bytes; the limit is 200). Review this file by hand.');
        assert.deepEqual(
          report.notAnalyzed.map((n) => n.path),
          ['big.js', 'broken.js', 'img.png', 'nul.js'],
        );
        assert.equal(report.notAnalyzed[0].reason, 'over the size limit (500 bytes; the limit is 200)');
        // Engine findings never count as a capability.
        assert.deepEqual(report.capabilityDelta?.adds, []);
      });
    }

    it('the same files under the default size limit: only big.js is now analyzed', async () => {
      const { report } = await runJson(['review', '--base', 'HEAD~1', '--head', 'HEAD'], { cwd: repo.root });
      assert.deepEqual(
        report.notAnalyzed.map((n) => n.path),
        ['broken.js', 'img.png', 'nul.js'],
      );
    });
  });

  describe('modes, symlinks and submodules', () => {
    it('100644 -> 100755 is diff/executable-bit (medium); a new executable file is low', async () => {
      const repo = Repo.init(tmp, { 'run.sh': 'echo hi\n' });
      repo.chmod('run.sh', 0o755);
      repo.write({ 'tool.sh': '#!/bin/sh\necho new\n' }).chmod('tool.sh', 0o755);
      for (const args of [['review'], ['review', '--staged']]) {
        if (args.length === 2) {
          repo.git('add', '-A');
        }
        const { code, report } = await runJson(args, { cwd: repo.root });
        assert.equal(code, 1);
        assert.deepEqual(brief(report.findings), ['run.sh:1 diff/executable-bit medium new', 'tool.sh:1 diff/executable-bit low new']);
        assert.equal(report.findings[0].message, 'The change makes `run.sh` executable (mode 100644 -> 100755).');
        assert.equal(report.findings[0].category, 'process');
        assert.equal(report.findings[1].message, 'The change adds `tool.sh` as an executable file.');
      }
    });

    it('symlinks: outside the repository or into .git is high, inside is low; never followed', async () => {
      const repo = Repo.init(tmp, { 'x.js': 'ok();\n', 'config.js': 'module.exports = {};\n' });
      symlinkSync('/etc/passwd', repo.path('passwd'));
      symlinkSync('../../outside.js', repo.path('up.js'));
      symlinkSync('x.js', repo.path('inside.js'));
      symlinkSync('.git/hooks', repo.path('hooks'));
      repo.rm('config.js');
      symlinkSync('/root/.ssh/id_rsa', repo.path('config.js'));
      const expected = [
        'config.js:1 diff/symlink high new',
        'hooks:1 diff/symlink high new',
        'inside.js:1 diff/symlink low new',
        'passwd:1 diff/symlink high new',
        'up.js:1 diff/symlink high new',
      ];
      const worktree = await runJson(['review'], { cwd: repo.root });
      assert.equal(worktree.code, 1);
      assert.deepEqual(brief(worktree.report.findings), expected);
      const messages = worktree.report.findings.map((f) => f.message);
      assert.ok(messages.includes('Symlink `passwd` points outside the repository (to `/etc/passwd`).'));
      assert.ok(messages.includes('Symlink `inside.js` added, pointing to `x.js`.'));
      assert.ok(messages.includes("Symlink `hooks` points into the repository's .git directory (`.git/hooks`)."));
      // The links' targets were not read as the files' content: no ts/eval, nothing "not analyzed".
      assert.deepEqual(worktree.report.notAnalyzed, []);
      repo.commit('links');
      const commit = await runJson(['review', '--base', 'HEAD~1', '--head', 'HEAD'], { cwd: repo.root });
      assert.deepEqual(brief(commit.report.findings), expected);
    });

    it('an added submodule is diff/submodule', async () => {
      const lib = Repo.init(tmp, { 'lib.js': 'eval(hidden);\n' });
      const libHead = lib.head();
      const repo = Repo.init(tmp, { 'x.js': 'ok();\n' });
      repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib.root, 'vendor/lib');
      for (const args of [['review'], ['review', '--staged']]) {
        const { code, report } = await runJson(args, { cwd: repo.root });
        assert.equal(code, 1);
        assert.deepEqual(
          byRule(report.findings, 'diff/submodule').map((f) => [f.path, f.severity, f.message]),
          [
            [
              'vendor/lib',
              'medium',
              `Submodule \`vendor/lib\` added at commit ${libHead.slice(0, 12)}: its code is not part of this review.`,
            ],
          ],
        );
        // The submodule's own files are not reviewed as part of this repository.
        assert.deepEqual(byRule(report.findings, 'ts/eval'), []);
        assert.deepEqual(report.capabilityDelta?.adds, [
          { category: 'supply-chain', kind: 'adds', label: 'dependencies', findings: 1, files: ['vendor/lib'] },
        ]);
      }
    });
  });
});
