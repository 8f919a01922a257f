/**
 * `airlock scan`: which files a folder scan visits (git-aware, .gitignore outside git, no
 * dependency or build folders), symlinks never followed, FIFOs never opened.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { brief, PNG_BYTES, Repo, runJson, useTempDirs } from './helpers';

describe('cli: scan', () => {
  const tmp = useTempDirs();

  describe('inside a git repository', () => {
    let repo: Repo;
    before(() => {
      repo = Repo.init(tmp, {
        '.gitignore': 'ignored/\n*.gen.js\n',
        'src/a.js': 'eval(tracked);\n',
        'ignored/i.js': 'eval(ignoredTracked);\n',
      });
      repo.git('add', '-f', 'ignored/i.js');
      repo.commit('force-add an ignored file');
      repo.write({
        'src/u.js': 'eval(untracked);\n',
        'src/x.gen.js': 'eval(generated);\n',
        'ignored/j.js': 'eval(ignoredUntracked);\n',
        'node_modules/m/index.js': 'eval(dependency);\n',
        'dist/bundle.js': 'eval(build);\n',
        'src/img.png': PNG_BYTES,
      });
      symlinkSync('/etc/passwd', repo.path('src/passwd-link'));
      symlinkSync('a.js', repo.path('src/inner-link'));
      execFileSync('mkfifo', [repo.path('src/fifo.js')]);
    });

    it('scans tracked and untracked files, honouring .gitignore and skipping node_modules and dist', async () => {
      const { code, report } = await runJson(['scan'], { cwd: repo.root });
      assert.equal(code, 1);
      assert.equal(report.command, 'scan');
      assert.equal(report.base, null);
      assert.equal(report.capabilityDelta, null);
      assert.deepEqual(brief(report.findings), [
        'ignored/i.js:1 ts/eval high -',
        'src/a.js:1 ts/eval high -',
        // A symlink is never followed; one pointing outside is flagged (at high, as in a review).
        'src/passwd-link:1 diff/symlink high -',
        'src/u.js:1 ts/eval high -',
      ]);
      // (git does not list FIFOs, so src/fifo.js is not visited at all.)
      assert.deepEqual(
        report.notAnalyzed.filter((n) => n.path !== 'src/fifo.js'),
        [{ path: 'src/img.png', reason: 'binary file (PNG image)' }],
      );
    });

    it('a subfolder, given as a path or as the working folder, reports repository-relative paths', async () => {
      const expected = ['src/a.js:1 ts/eval high -', 'src/passwd-link:1 diff/symlink high -', 'src/u.js:1 ts/eval high -'];
      const byPath = await runJson(['scan', 'src'], { cwd: repo.root });
      assert.deepEqual(brief(byPath.report.findings), expected);
      const byCwd = await runJson(['scan'], { cwd: repo.path('src') });
      assert.deepEqual(brief(byCwd.report.findings), expected);
    });

    it('--no-ignore includes ignored files and dependency/build folders', async () => {
      const { report } = await runJson(['scan', '--no-ignore'], { cwd: repo.root });
      assert.deepEqual(brief(report.findings), [
        'dist/bundle.js:1 ts/eval high -',
        'ignored/i.js:1 ts/eval high -',
        'ignored/j.js:1 ts/eval high -',
        'node_modules/m/index.js:1 ts/eval high -',
        'src/a.js:1 ts/eval high -',
        'src/passwd-link:1 diff/symlink high -',
        'src/u.js:1 ts/eval high -',
        'src/x.gen.js:1 ts/eval high -',
      ]);
      assert.deepEqual(report.notAnalyzed, [
        { path: 'src/fifo.js', reason: 'not a regular file (a FIFO, socket or device): not opened' },
        { path: 'src/img.png', reason: 'binary file (PNG image)' },
      ]);
    });

    it('a review of the same working tree does not hang on the FIFO either', async () => {
      const { code, report } = await runJson(['review'], { cwd: repo.root });
      assert.equal(code, 1);
      // A review has no dependency-folder exclusions: untracked, not ignored files are part of the change.
      assert.deepEqual(brief(report.findings), [
        'dist/bundle.js:1 ts/eval high new',
        'node_modules/m/index.js:1 ts/eval high new',
        'src/img.png:1 airlock/not-analyzed low new',
        'src/inner-link:1 diff/symlink low new',
        'src/passwd-link:1 diff/symlink high new',
        'src/u.js:1 ts/eval high new',
      ]);
    });

    it('an explicit file is scanned even when ignored', async () => {
      const { report } = await runJson(['scan', 'src/x.gen.js', 'node_modules/m/index.js'], { cwd: repo.root });
      assert.deepEqual(brief(report.findings), ['node_modules/m/index.js:1 ts/eval high -', 'src/x.gen.js:1 ts/eval high -']);
    });
  });

  describe('outside git', () => {
    let folder: Repo;
    before(() => {
      folder = new Repo(tmp('airlock-scan-plain-'));
      folder.write({
        '.gitignore': 'skip.js\nlogs/\n',
        'skip.js': 'eval(1);\n',
        'keep.js': 'eval(2);\n',
        'logs/l.js': 'eval(3);\n',
        'sub/.gitignore': 'local.js\n',
        'sub/local.js': 'eval(4);\n',
        'sub/keep.ts': 'eval(5);\n',
        'sub/skip.js': 'eval(6);\n',
        'sub/node_modules/m/i.js': 'eval(7);\n',
        'build/b.js': 'eval(8);\n',
        'secret.txt': 'not code\n',
      });
      symlinkSync('/etc', folder.path('etc-link'));
      symlinkSync('../../../../../../../../etc/passwd', folder.path('sub/up-link.js'));
      symlinkSync('keep.js', folder.path('inner-link.js'));
      execFileSync('mkfifo', [folder.path('pipe.js')]);
    });

    it('honours .gitignore files at every level, skips dependency/build folders, flags outside symlinks, never opens a FIFO', async () => {
      const { code, report } = await runJson(['scan'], { cwd: folder.root });
      assert.equal(code, 1);
      assert.deepEqual(brief(report.findings), [
        'etc-link:1 diff/symlink high -',
        'keep.js:1 ts/eval high -',
        'sub/keep.ts:1 ts/eval high -',
        'sub/up-link.js:1 diff/symlink high -',
      ]);
      assert.equal(report.findings[0].message, 'Symlink `etc-link` points outside the repository (to `/etc`).');
      assert.deepEqual(report.notAnalyzed, [{ path: 'pipe.js', reason: 'not a regular file (a FIFO, socket or device): not opened' }]);
    });

    it('--no-ignore includes everything', async () => {
      const { report } = await runJson(['scan', '--no-ignore'], { cwd: folder.root });
      assert.deepEqual(
        report.findings.filter((f) => f.ruleId === 'ts/eval').map((f) => f.path),
        ['build/b.js', 'keep.js', 'logs/l.js', 'skip.js', 'sub/keep.ts', 'sub/local.js', 'sub/node_modules/m/i.js', 'sub/skip.js'],
      );
      assert.deepEqual(
        report.notAnalyzed.map((n) => n.path),
        ['pipe.js'],
      );
    });

    it('a FIFO named explicitly is listed as not analyzed, and the scan does not hang', async () => {
      const { code, report } = await runJson(['scan', 'pipe.js', 'keep.js'], { cwd: folder.root });
      assert.equal(code, 1);
      assert.deepEqual(brief(report.findings), ['keep.js:1 ts/eval high -']);
      assert.deepEqual(report.notAnalyzed, [{ path: 'pipe.js', reason: 'not a regular file (a FIFO, socket or device): not opened' }]);
    });

    it('a symlink to a folder outside, named explicitly, is flagged and not entered', async () => {
      const { report } = await runJson(['scan', 'etc-link'], { cwd: folder.root });
      assert.deepEqual(brief(report.findings), ['etc-link:1 diff/symlink high -']);
      assert.deepEqual(report.notAnalyzed, []);
    });

    it('a clean folder exits 0', async () => {
      const clean = new Repo(tmp('airlock-scan-clean-')).write({ 'a.js': 'const total = items.length;\n', 'b.md': '# eval(x)\n' });
      const { code, report } = await runJson(['scan'], { cwd: clean.root });
      assert.equal(code, 0);
      assert.deepEqual(report.findings, []);
    });
  });
});
