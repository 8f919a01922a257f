/**
 * A reviewed repository is hostile input: its attributes, config and hooks must neither hide
 * changes from the review nor run anything. Every trap here is first shown to be live (plain git
 * springs it) so that "no marker" means Airlock avoided it, not that the trap was broken.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { brief, Repo, runJson, useTempDirs } from './helpers';

describe('cli: hostile repository configuration', () => {
  const tmp = useTempDirs();

  it('.gitattributes "-diff" and "binary" do not hide the text of a change', async () => {
    const repo = Repo.init(tmp, {
      '.gitattributes': '*.js -diff\n*.ts binary\n*.mjs diff=hidden\n',
      'a.js': 'ok();\n',
      'b.ts': 'ok();\n',
      'c.mjs': 'ok();\n',
    });
    repo.write({ 'a.js': 'ok();\neval(a);\n', 'b.ts': 'ok();\neval(b);\n', 'c.mjs': 'ok();\neval(c);\n' });
    // git itself shows no text for these files.
    assert.match(repo.git('diff', '--', 'a.js'), /Binary files a\/a\.js and b\/a\.js differ/);
    assert.match(repo.git('diff', '--', 'b.ts'), /Binary files a\/b\.ts and b\/b\.ts differ/);
    for (const args of [['review'], ['review', '--staged']]) {
      if (args.length === 2) {
        repo.git('add', '-A');
      }
      const { code, report } = await runJson(args, { cwd: repo.root });
      assert.equal(code, 1);
      assert.deepEqual(brief(report.findings), ['a.js:2 ts/eval high new', 'b.ts:2 ts/eval high new', 'c.mjs:2 ts/eval high new']);
      assert.deepEqual(report.notAnalyzed, []);
    }
  });

  describe('nothing configured in the repository runs', () => {
    let repo: Repo;
    let markers: string;
    const marker = (name: string): string => path.join(markers, name);
    const script = (name: string): string => `#!/bin/sh\ntouch '${marker(name)}'\ncat\n`;

    before(() => {
      markers = tmp('airlock-markers-');
      repo = Repo.init(tmp, { 'a.js': 'let value = 1;\n', 'b.js': 'ok();\n' });
      repo.write({
        '.gitattributes': '* filter=evil diff=evil\n',
        'tools/fsmonitor.sh': script('fsmonitor'),
        'tools/external-diff.sh': script('external-diff'),
        'hooks/post-index-change': script('hook-post-index-change'),
        'hooks/pre-commit': script('hook-pre-commit'),
        'hooks/post-checkout': script('hook-post-checkout'),
        'hooks/reference-transaction': script('hook-reference-transaction'),
      });
      for (const file of ['tools/fsmonitor.sh', 'tools/external-diff.sh', 'hooks/post-index-change', 'hooks/pre-commit']) {
        repo.chmod(file, 0o755);
      }
      repo.chmod('hooks/post-checkout', 0o755).chmod('hooks/reference-transaction', 0o755);
      repo.commit('tools');
      // The traps: a clean/smudge filter, an fsmonitor hook, hooks in the workspace, external diff and textconv.
      repo.git('config', 'filter.evil.clean', `touch '${marker('filter-clean')}'; cat`);
      repo.git('config', 'filter.evil.smudge', `touch '${marker('filter-smudge')}'; cat`);
      repo.git('config', 'filter.evil.required', 'true');
      repo.git('config', 'core.fsmonitor', repo.path('tools/fsmonitor.sh'));
      repo.git('config', 'core.hooksPath', repo.path('hooks'));
      repo.git('config', 'diff.external', repo.path('tools/external-diff.sh'));
      repo.git('config', 'diff.evil.textconv', `touch '${marker('textconv')}'; cat`);
      // Same size, different content, an old mtime: git has to re-read a.js (through the filter) to compare it.
      repo.write({ 'a.js': 'let value = 2;\n' }).age('a.js');
      repo.write({ 'new.js': 'eval(input);\n', 'b.js': 'ok();\neval(b);\n' });
    });

    const MARKERS = [
      'filter-clean',
      'filter-smudge',
      'fsmonitor',
      'external-diff',
      'textconv',
      'hook-post-index-change',
      'hook-pre-commit',
      'hook-post-checkout',
      'hook-reference-transaction',
    ];
    const sprung = (): string[] => MARKERS.filter((name) => existsSync(marker(name)));

    it('review (working tree, --staged, --head) and scan report the changes and run nothing', async () => {
      const worktree = await runJson(['review'], { cwd: repo.root });
      assert.equal(worktree.code, 1);
      assert.deepEqual(brief(worktree.report.findings), ['b.js:2 ts/eval high new', 'new.js:1 ts/eval high new']);
      assert.deepEqual(sprung(), []);

      const staged = await runJson(['review', '--staged'], { cwd: repo.root });
      assert.equal(staged.code, 0);
      assert.deepEqual(staged.report.findings, []);
      assert.deepEqual(sprung(), []);

      const commit = await runJson(['review', '--base', 'HEAD~1', '--head', 'HEAD'], { cwd: repo.root });
      assert.deepEqual(
        commit.report.findings.map((f) => f.ruleId),
        [
          // The repository's own `* filter=evil diff=evil` is itself a finding of the change.
          'diff/gitattributes-hides-diff',
          'diff/gitattributes-hides-diff',
          'diff/executable-bit',
          'diff/executable-bit',
          'diff/executable-bit',
          'diff/executable-bit',
          'diff/executable-bit',
          'diff/executable-bit',
        ],
      );
      assert.deepEqual(sprung(), []);

      const scan = await runJson(['scan'], { cwd: repo.root });
      assert.deepEqual(brief(scan.report.findings), ['b.js:2 ts/eval high -', 'new.js:1 ts/eval high -']);
      assert.deepEqual(sprung(), []);
    });

    it('control: plain git springs the traps in this repository', () => {
      repo.git('status', '--porcelain');
      assert.ok(existsSync(marker('filter-clean')), 'git status runs the clean filter');
      assert.ok(existsSync(marker('fsmonitor')), 'git status runs the fsmonitor hook');
      assert.ok(existsSync(marker('hook-post-index-change')), 'git status runs post-index-change from core.hooksPath');
      repo.git('diff');
      assert.ok(existsSync(marker('external-diff')), 'git diff runs diff.external');
    });
  });
});
