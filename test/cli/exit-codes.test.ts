/**
 * Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage, configuration or git errors
 * (with a message on stderr and nothing on stdout). Also --min-severity and the small commands.
 */
import * as assert from 'node:assert/strict';
import pkg from '../../package.json';
import { MAIN_HELP, REVIEW_HELP, SCAN_HELP } from '../../src/cli/help';
import { brief, PNG_BYTES, Repo, runCli, runJson, useTempDirs } from './helpers';

const USAGE_HINT = 'Run "airlock --help" for usage.\n';

describe('cli: exit codes and errors', () => {
  const tmp = useTempDirs();

  describe('usage, configuration and git errors exit 2', () => {
    let repo: Repo;
    let plain: string;
    before(() => {
      repo = Repo.init(tmp, { 'a.js': 'ok();\n' });
      repo.write({ 'a.js': 'eval(x);\n' });
      plain = tmp('airlock-not-a-repo-');
    });

    const expectError = async (argv: string[], cwd: () => string, stderr: RegExp): Promise<void> => {
      const result = await runCli(argv, { cwd: cwd() });
      assert.equal(result.code, 2, `exit code of ${argv.join(' ')}; stderr: ${result.stderr}`);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, stderr);
    };

    it('not a git repository', async () => {
      await expectError(['review'], () => plain, /^airlock: git error: not a git repository: .+\n$/);
      await expectError(['review', '--staged'], () => plain, /not a git repository/);
    });

    it('an unknown --base or --head', async () => {
      await expectError(
        ['review', '--base', 'no-such-branch'],
        () => repo.root,
        /^airlock: git error: unknown revision: no-such-branch\n$/,
      );
      await expectError(['review', '--head', 'no-such-ref'], () => repo.root, /^airlock: git error: unknown revision: no-such-ref\n$/);
      await expectError(['review', '--patch', '-', '--base', 'nope'], () => repo.root, /unknown revision: nope/);
    });

    it('a --base that looks like an option is refused, not passed to git', async () => {
      await expectError(['review', '--base=--output=/tmp/x'], () => repo.root, /^airlock: git error: invalid ref: --output=\/tmp\/x\n$/);
    });

    it('an unknown option, command or argument', async () => {
      await expectError(
        ['review', '--bogus'],
        () => repo.root,
        /^airlock: Unknown option '--bogus'\..*\nRun "airlock --help" for usage\.\n$/s,
      );
      await expectError(['scan', '--staged'], () => repo.root, /Unknown option '--staged'/);
      await expectError(['frobnicate'], () => repo.root, new RegExp(`^airlock: unknown command "frobnicate"\\n${USAGE_HINT}$`));
      await expectError(
        ['review', 'src'],
        () => repo.root,
        /^airlock: review takes no paths \(got "src"\); use "airlock scan" for folders\n/,
      );
      await expectError(['review', '--base'], () => repo.root, /Option '--base <value>' argument missing/);
    });

    it('conflicting modes', async () => {
      for (const argv of [
        ['review', '--staged', '--patch', 'x.patch'],
        ['review', '--staged', '--head', 'HEAD'],
        ['review', '--head', 'HEAD', '--patch', '-'],
      ]) {
        await expectError(argv, () => repo.root, new RegExp(`^airlock: --staged, --head and --patch cannot be combined\\n${USAGE_HINT}$`));
      }
    });

    it('bad option values', async () => {
      await expectError(['review', '--format', 'xml'], () => repo.root, /^airlock: --format must be text, json or sarif \(got "xml"\)\n/);
      await expectError(['review', '--min-severity', 'critical'], () => repo.root, /--min-severity must be info, low, medium or high/);
      await expectError(['review', '--fail-on', 'never'], () => repo.root, /--fail-on must be info, low, medium, high or none/);
      await expectError(
        ['review', '--max-file-size', '0'],
        () => repo.root,
        /--max-file-size must be a positive number of bytes \(got "0"\)/,
      );
      await expectError(
        ['scan', '--max-file-size', '1e6'],
        () => repo.root,
        /--max-file-size must be a positive number of bytes \(got "1e6"\)/,
      );
      await expectError(['rules', '--format', 'sarif'], () => repo.root, /--format must be text or json/);
    });

    it('scan of a missing path', async () => {
      await expectError(['scan', 'missing-folder'], () => repo.root, /^airlock: no such file or folder: missing-folder\n$/);
      await expectError(['scan', '.', 'missing.js'], () => plain, /^airlock: no such file or folder: missing\.js\n$/);
    });
  });

  describe('findings and thresholds', () => {
    let repo: Repo;
    before(() => {
      repo = Repo.init(tmp, { 'run.sh': 'echo hi\n', 'a.js': 'ok();\n' });
      // low: a PNG; medium: a file made executable; high: eval.
      repo.write({ 'img.png': PNG_BYTES, 'a.js': 'ok();\neval(x);\n' }).chmod('run.sh', 0o755);
    });

    it('findings exit 1 by default (--fail-on low)', async () => {
      const { code, report } = await runJson(['review'], { cwd: repo.root });
      assert.equal(code, 1);
      assert.deepEqual(brief(report.findings), [
        'a.js:2 ts/eval high new',
        'img.png:1 airlock/not-analyzed low new',
        'run.sh:1 diff/executable-bit medium new',
      ]);
    });

    it('--fail-on none always exits 0 and still reports everything', async () => {
      const { code, report } = await runJson(['review', '--fail-on', 'none'], { cwd: repo.root });
      assert.equal(code, 0);
      assert.equal(report.findings.length, 3);
    });

    it('--min-severity high hides lower findings, which then no longer count', async () => {
      const high = await runJson(['review', '--min-severity', 'high'], { cwd: repo.root });
      assert.equal(high.code, 1);
      assert.deepEqual(brief(high.report.findings), ['a.js:2 ts/eval high new']);
      const medium = await runJson(['review', '--min-severity', 'medium'], { cwd: repo.root });
      assert.deepEqual(brief(medium.report.findings), ['a.js:2 ts/eval high new', 'run.sh:1 diff/executable-bit medium new']);
    });

    it('only low findings: exit 1 by default, 0 with --fail-on medium or when --min-severity high hides them', async () => {
      const lowOnly = Repo.init(tmp, { 'a.js': 'ok();\n' });
      lowOnly.write({ 'img.png': PNG_BYTES });
      const byDefault = await runJson(['review'], { cwd: lowOnly.root });
      assert.equal(byDefault.code, 1);
      assert.deepEqual(brief(byDefault.report.findings), ['img.png:1 airlock/not-analyzed low new']);

      const failOnMedium = await runJson(['review', '--fail-on', 'medium'], { cwd: lowOnly.root });
      assert.equal(failOnMedium.code, 0);
      assert.equal(failOnMedium.report.findings.length, 1);

      const hidden = await runJson(['review', '--min-severity', 'high'], { cwd: lowOnly.root });
      assert.equal(hidden.code, 0);
      assert.deepEqual(hidden.report.findings, []);
      // Hiding a finding does not hide that the file was not analyzed.
      assert.deepEqual(hidden.report.notAnalyzed, [{ path: 'img.png', reason: 'binary file (PNG image)' }]);
    });

    it('no findings exits 0', async () => {
      const clean = Repo.init(tmp, { 'a.js': 'ok();\n' });
      clean.write({ 'a.js': 'ok();\nmore();\n', 'b.js': 'const total = items.length;\n' });
      const { code, report } = await runJson(['review'], { cwd: clean.root });
      assert.equal(code, 0);
      assert.deepEqual(report.findings, []);
      const text = await runCli(['review'], { cwd: clean.root });
      assert.equal(text.code, 0);
      assert.match(text.stdout, /\nNo findings in 2 changed files\.\n$/);
    });
  });

  describe('help, version and rules', () => {
    it('--version, --help and <command> --help exit 0; no command prints help and exits 2', async () => {
      const cwd = tmp('airlock-help-');
      assert.deepEqual(await runCli(['--version'], { cwd }), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
      assert.deepEqual(await runCli(['--help'], { cwd }), { code: 0, stdout: MAIN_HELP, stderr: '' });
      assert.deepEqual(await runCli(['review', '--help'], { cwd }), { code: 0, stdout: REVIEW_HELP, stderr: '' });
      assert.deepEqual(await runCli(['scan', '-h'], { cwd }), { code: 0, stdout: SCAN_HELP, stderr: '' });
      assert.deepEqual(await runCli([], { cwd }), { code: 2, stdout: MAIN_HELP, stderr: '' });
    });

    it('rules --format json lists the engine findings and every rule', async () => {
      const result = await runCli(['rules', '--format', 'json'], { cwd: tmp('airlock-rules-') });
      assert.equal(result.code, 0);
      const rules = JSON.parse(result.stdout) as { id: string; category: string; severity: string; summary: string; why: string }[];
      const ids = rules.map((r) => r.id);
      for (const id of [
        'airlock/internal-error',
        'airlock/not-analyzed',
        'diff/executable-bit',
        'diff/submodule',
        'diff/symlink',
        'ts/eval',
      ]) {
        assert.ok(ids.includes(id), `${id} is listed`);
      }
      assert.deepEqual(ids, [...ids].sort());
      assert.deepEqual(Object.keys(rules[0]), ['id', 'category', 'severity', 'summary', 'why']);
    });
  });
});
