/**
 * `airlock review` against real git repositories: what is reviewed (working tree, index, a
 * commit, a branch since its merge base, a repository without commits) and which lines count.
 */
import * as assert from 'node:assert/strict';
import { brief, Repo, runJson, useTempDirs } from './helpers';

describe('cli: review of the working tree, the index and commits', () => {
  const tmp = useTempDirs();

  it('reviews a modified tracked file and an untracked file, but not a gitignored one', async () => {
    const repo = Repo.init(tmp, { '.gitignore': 'secret.js\nbuild/\n', 'app.js': 'start();\n' });
    const base = repo.head();
    repo.write({
      'app.js': 'start();\neval(input);\n',
      'new.js': 'const s = 1;\neval(s);\n',
      'secret.js': 'eval(ignored);\n',
      'build/out.js': 'eval(ignored);\n',
    });
    const { code, report, stderr } = await runJson(['review'], { cwd: repo.root });
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.equal(report.command, 'review');
    assert.equal(report.base, `HEAD (${base.slice(0, 12)})`);
    assert.deepEqual(brief(report.findings), ['app.js:2 ts/eval high new', 'new.js:2 ts/eval high new']);
    const [app, added] = report.findings;
    assert.deepEqual(
      {
        column: app.column,
        endLine: app.endLine,
        endColumn: app.endColumn,
        category: app.category,
        snippet: app.snippet,
        source: app.source,
      },
      { column: 1, endLine: 2, endColumn: 12, category: 'dynamic-code', snippet: 'eval(input);', source: 'static' },
    );
    assert.equal(added.message, '`eval` runs a string as code.');
    assert.deepEqual(report.capabilityDelta, {
      summary: 'this change adds: dynamic-code',
      adds: [{ category: 'dynamic-code', kind: 'adds', label: 'dynamic-code', findings: 2, files: ['app.js', 'new.js'] }],
      flows: [],
    });
    assert.deepEqual(report.notAnalyzed, []);
  });

  it('a deleted file raises nothing, even when it held flagged code', async () => {
    const repo = Repo.init(tmp, { 'old.js': 'eval(x);\n', 'keep.js': 'ok();\n' });
    repo.rm('old.js');
    const { code, report } = await runJson(['review'], { cwd: repo.root });
    assert.equal(code, 0);
    assert.deepEqual(report.findings, []);
    assert.deepEqual(report.capabilityDelta, { summary: 'this change adds no new capabilities', adds: [], flows: [] });
  });

  it('--staged reviews the index only; the default reviews the working tree', async () => {
    const repo = Repo.init(tmp, { 'a.js': 'ok();\n', 'b.js': 'ok();\n' });
    repo.write({ 'a.js': 'ok();\neval(staged);\n' });
    repo.git('add', 'a.js');
    // The working tree then drops the staged eval and adds another one, unstaged.
    repo.write({ 'a.js': 'ok();\n', 'b.js': 'ok();\neval(unstaged);\n', 'u.js': 'eval(untracked);\n' });

    const staged = await runJson(['review', '--staged'], { cwd: repo.root });
    assert.equal(staged.code, 1);
    assert.deepEqual(brief(staged.report.findings), ['a.js:2 ts/eval high new']);
    assert.equal(staged.report.findings[0].snippet, 'eval(staged);');

    const worktree = await runJson(['review'], { cwd: repo.root });
    assert.deepEqual(brief(worktree.report.findings), ['b.js:2 ts/eval high new', 'u.js:1 ts/eval high new']);
  });

  it('--head REF reviews a commit against its parent, ignoring the working tree', async () => {
    const repo = Repo.init(tmp, { 'a.js': 'ok();\n' });
    const parent = repo.head();
    repo.write({ 'a.js': 'ok();\nnew Function("return 1")();\n' });
    repo.commit('add Function');
    repo.write({ 'dirty.js': 'eval(notCommitted);\n' });
    const { code, report } = await runJson(['review', '--base', 'HEAD~1', '--head', 'HEAD'], { cwd: repo.root });
    assert.equal(code, 1);
    assert.equal(report.base, `HEAD~1 (${parent.slice(0, 12)})`);
    assert.deepEqual(brief(report.findings), ['a.js:2 ts/eval high new']);
    assert.equal(report.findings[0].message, 'The `Function` constructor compiles a string into code.');
  });

  describe('--base BRANCH uses the merge base (like git diff BRANCH...HEAD)', () => {
    let repo: Repo;
    let fork: string;
    before(() => {
      repo = Repo.init(tmp, { 'shared.js': 'one();\n' });
      fork = repo.head();
      repo.git('checkout', '-q', '-b', 'feature');
      repo.write({ 'feature.js': 'eval(onBranch);\n' });
      repo.commit('feature work');
      repo.git('checkout', '-q', 'main');
      repo.write({ 'main-only.js': 'eval(onMainAfterFork);\n', 'shared.js': 'one();\neval(mainEdit);\n' });
      repo.commit('main moves on');
      repo.git('checkout', '-q', 'feature');
      repo.write({ 'wip.js': 'eval(workingTree);\n' });
    });

    it('in the working tree: branch commits and local changes, never what main gained after the fork', async () => {
      const { code, report } = await runJson(['review', '--base', 'main'], { cwd: repo.root });
      assert.equal(code, 1);
      assert.equal(report.base, `main (merge base ${fork.slice(0, 12)})`);
      assert.deepEqual(brief(report.findings), ['feature.js:1 ts/eval high new', 'wip.js:1 ts/eval high new']);
    });

    it('with --head: only the branch commits', async () => {
      const { report } = await runJson(['review', '--base', 'main', '--head', 'feature'], { cwd: repo.root });
      assert.equal(report.base, `main (merge base ${fork.slice(0, 12)})`);
      assert.deepEqual(brief(report.findings), ['feature.js:1 ts/eval high new']);
    });
  });

  it('a repository without commits: everything not ignored is new', async () => {
    const repo = Repo.init(tmp);
    repo.write({ '.gitignore': 'skip.js\n', 'a.js': 'ok();\neval(a);\n', 'lib/b.ts': 'eval(b as string);\n', 'skip.js': 'eval(c);\n' });
    const worktree = await runJson(['review'], { cwd: repo.root });
    assert.equal(worktree.code, 1);
    assert.equal(worktree.report.base, 'the empty tree (the repository has no commits yet)');
    assert.deepEqual(brief(worktree.report.findings), ['a.js:2 ts/eval high new', 'lib/b.ts:1 ts/eval high new']);

    repo.git('add', 'a.js');
    const staged = await runJson(['review', '--staged'], { cwd: repo.root });
    assert.deepEqual(brief(staged.report.findings), ['a.js:2 ts/eval high new']);
  });

  it('paths are relative to the repository root when run from a subfolder', async () => {
    const repo = Repo.init(tmp, { 'pkg/sub/a.js': 'ok();\n', 'top.js': 'ok();\n' });
    repo.write({ 'pkg/sub/a.js': 'eval(x);\n', 'top.js': 'eval(y);\n' });
    const { report } = await runJson(['review'], { cwd: repo.path('pkg/sub') });
    assert.deepEqual(brief(report.findings), ['pkg/sub/a.js:1 ts/eval high new', 'top.js:1 ts/eval high new']);
  });

  describe('only changed lines are flagged', () => {
    it('an eval already in the base on an unchanged line is not reported; a new one is', async () => {
      const repo = Repo.init(tmp, { 'a.js': 'const a = 1;\neval(old);\nconst b = 2;\n' });
      repo.write({ 'a.js': 'const a = 10;\neval(old);\nconst b = 2;\neval(fresh);\n' });
      const { code, report } = await runJson(['review'], { cwd: repo.root });
      assert.equal(code, 1);
      assert.deepEqual(brief(report.findings), ['a.js:4 ts/eval high new']);
      assert.equal(report.findings[0].snippet, 'eval(fresh);');
      // The base already ran strings as code, so the change adds no new capability.
      assert.deepEqual(report.capabilityDelta, { summary: 'this change adds no new capabilities', adds: [], flows: [] });
    });

    it('editing only unrelated lines of a file with an eval reports nothing', async () => {
      const repo = Repo.init(tmp, { 'a.js': 'eval(old);\nconst n = 1;\n' });
      repo.write({ 'a.js': 'eval(old);\nconst n = 2;\n' });
      const { code, report } = await runJson(['review'], { cwd: repo.root });
      assert.equal(code, 0);
      assert.deepEqual(report.findings, []);
    });

    it('an alias changed on a changed line is reported at the unchanged call, with the alias as related location', async () => {
      const repo = Repo.init(tmp, { 'run.js': 'let run = console.log;\nrun(s);\n' });
      repo.write({ 'run.js': 'let run = eval;\nrun(s);\n' });
      const { code, report } = await runJson(['review'], { cwd: repo.root });
      assert.equal(code, 1);
      // The changed alias line itself is also marked (ts/capability-alias); the call keeps its own finding.
      assert.deepEqual(brief(report.findings), ['run.js:1 ts/capability-alias low new', 'run.js:2 ts/eval high new']);
      const finding = report.findings[1];
      assert.equal(finding.message, '`eval` runs a string as code (called as `run`).');
      assert.equal(finding.snippet, 'run(s);');
      assert.deepEqual(finding.related, [
        { path: 'run.js', line: 1, column: 5, endLine: 1, endColumn: 15, message: 'reached through this declaration' },
      ]);
      assert.deepEqual(report.capabilityDelta?.adds, [
        { category: 'dynamic-code', kind: 'adds', label: 'dynamic-code', findings: 2, files: ['run.js'] },
      ]);
    });
  });
});
