/**
 * Report formats on stdout and in files: the text layout, colour rules, escaping of hostile
 * text, the exact JSON shape, --output and --quiet.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import pkg from '../../package.json';
import type { JsonReport } from '../../src/core/report/json';
import { PNG_BYTES, Repo, runCli, runJson, useTempDirs } from './helpers';
import { rulesetVersion } from '../../src/core/engine/ruleset';
import { RULES } from '../../src/core/rules/index';

const ANSI = /\u001b\[/;

describe('cli: output formats', () => {
  const tmp = useTempDirs();
  let repo: Repo;
  let base: string;

  before(() => {
    repo = Repo.init(tmp, { 'run.js': 'let run = console.log;\nrun(s);\n' });
    base = repo.head().slice(0, 12);
    repo.write({ 'run.js': 'let run = eval;\nrun(s);\n', 'img.png': PNG_BYTES });
  });

  it('text: capability delta first, then findings by file with source lines, not-analyzed files and a summary', async () => {
    const result = await runCli(['review'], { cwd: repo.root });
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
    assert.equal(
      result.stdout,
      [
        'Airlock: this change adds: dynamic-code',
        '  + adds dynamic-code: 2 findings in run.js',
        `  (compared with HEAD (${base}))`,
        '',
        'img.png',
        'img.png:1:1  low     obfuscation  airlock/not-analyzed  Binary file (PNG image): its contents are not reviewed by Airlock.',
        '    id 3759237c',
        '',
        'run.js',
        'run.js:1:5  low     dynamic-code  ts/capability-alias  `eval` is given the name `run`: calls to `run` can run code built at run time.',
        '    | let run = eval;',
        '    id 0498a276',
        'run.js:2:1  high    dynamic-code  ts/eval  `eval` runs a string as code (called as `run`).',
        '    | run(s);',
        '    related: run.js:1:5 reached through this declaration',
        '    id ea35f143',
        '',
        'Not analyzed (1):',
        '  img.png: binary file (PNG image)',
        '',
        '3 findings (1 high, 2 low) in 2 changed files.',
        '',
      ].join('\n'),
    );
  });

  it('text --quiet: findings only, without source lines or the not-analyzed list', async () => {
    const result = await runCli(['review', '--quiet'], { cwd: repo.root });
    assert.doesNotMatch(result.stdout, /\| run\(s\);|related:|Not analyzed \(/);
    assert.match(result.stdout, /^run\.js:2:1 {2}high {4}dynamic-code {2}ts\/eval {2}/m);
    assert.match(result.stdout, /\n3 findings \(1 high, 2 low\) in 2 changed files\.\n$/);
  });

  describe('colour', () => {
    it('is used on a terminal', async () => {
      const result = await runCli(['review'], { cwd: repo.root, tty: true });
      assert.match(result.stdout, ANSI);
      assert.ok(result.stdout.includes('\u001b[31mhigh  \u001b[0m'), 'high is red');
    });

    it('is never used when stdout is not a terminal, with --no-color, with NO_COLOR, or with --output', async () => {
      const out = path.join(tmp('airlock-out-'), 'report.txt');
      const runs = [
        await runCli(['review'], { cwd: repo.root, tty: false }),
        await runCli(['review', '--no-color'], { cwd: repo.root, tty: true }),
        await runCli(['review'], { cwd: repo.root, tty: true, env: { NO_COLOR: '1' } }),
      ];
      for (const result of runs) {
        assert.doesNotMatch(result.stdout, ANSI);
        assert.match(result.stdout, /^Airlock: this change adds: dynamic-code\n/);
      }
      const toFile = await runCli(['review', '--output', out], { cwd: repo.root, tty: true });
      assert.equal(toFile.stdout, '');
      assert.doesNotMatch(readFileSync(out, 'utf8'), ANSI);
      // An empty NO_COLOR does not count (https://no-color.org).
      const empty = await runCli(['review'], { cwd: repo.root, tty: true, env: { NO_COLOR: '' } });
      assert.match(empty.stdout, ANSI);
    });
  });

  it('text escapes control and bidi characters from file names and source; JSON keeps them', async () => {
    const hostile = Repo.init(tmp, { 'ok.js': 'ok();\n' });
    const name = 'evil\u202egnp.js';
    hostile.write({ [name]: 'eval("\u001b[2J\u001b[31mfine");\n' });
    const text = await runCli(['review'], { cwd: hostile.root, tty: true });
    assert.doesNotMatch(text.stdout, /\u202e/);
    assert.ok(text.stdout.includes('evil<U+202E>gnp.js:1:1'));
    assert.ok(text.stdout.includes('eval("\\x1b[2J\\x1b[31mfine");'));
    // The only escape sequences left are Airlock's own colours (ESC[<digits>m).
    assert.doesNotMatch(text.stdout.replace(/\u001b\[\d+m/g, ''), /\u001b/);
    const { report } = await runJson(['review'], { cwd: hostile.root });
    assert.equal(report.findings[0].path, name);
    assert.equal(report.findings[0].snippet, 'eval("\u001b[2J\u001b[31mfine");');
  });

  describe('JSON', () => {
    const TOP_KEYS = [
      'tool',
      'command',
      'base',
      'capabilityDelta',
      'findings',
      'notAnalyzed',
      'errors',
      'critique',
      'shard',
      'filesAnalyzed',
      'ruleset',
    ];
    const FINDING_KEYS = [
      'ruleId',
      'category',
      'severity',
      'message',
      'path',
      'line',
      'column',
      'endLine',
      'endColumn',
      'fingerprint',
      'snippet',
      'side',
      'source',
    ];

    it('has exactly the documented keys (review)', async () => {
      const { report } = await runJson(['review'], { cwd: repo.root });
      assert.deepEqual(Object.keys(report), TOP_KEYS);
      assert.deepEqual(report.tool, { name: 'Airlock', version: pkg.version });
      assert.deepEqual(Object.keys(report.capabilityDelta ?? {}), ['summary', 'adds', 'flows']);
      assert.deepEqual(report.errors, []);
      const [png, alias, run] = report.findings;
      assert.deepEqual(Object.keys(png), FINDING_KEYS);
      assert.equal(alias.ruleId, 'ts/capability-alias');
      assert.deepEqual(Object.keys(run), [...FINDING_KEYS, 'related']);
      assert.deepEqual(Object.keys(run.related?.[0] ?? {}), ['path', 'line', 'column', 'endLine', 'endColumn', 'message']);
      assert.deepEqual(
        { ...run, fingerprint: '<fp>' },
        {
          ruleId: 'ts/eval',
          category: 'dynamic-code',
          severity: 'high',
          message: '`eval` runs a string as code (called as `run`).',
          path: 'run.js',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 7,
          fingerprint: '<fp>',
          snippet: 'run(s);',
          side: 'new',
          source: 'static',
          related: [{ path: 'run.js', line: 1, column: 5, endLine: 1, endColumn: 15, message: 'reached through this declaration' }],
        },
      );
      assert.deepEqual(report.notAnalyzed, [{ path: 'img.png', reason: 'binary file (PNG image)' }]);
    });

    it('has the same keys for a scan, with base and capabilityDelta null and side null', async () => {
      const { report } = await runJson(['scan'], { cwd: repo.root });
      assert.deepEqual(Object.keys(report), TOP_KEYS);
      assert.equal(report.command, 'scan');
      assert.equal(report.base, null);
      assert.equal(report.capabilityDelta, null);
      assert.equal(report.shard, null);
      assert.ok(report.filesAnalyzed > 0);
      // The ruleset version as the gate prints it (and a policy pins it).
      assert.equal(report.ruleset, rulesetVersion(RULES.map((r) => r.meta)));
      const evalFinding = report.findings.find((f) => f.ruleId === 'ts/eval');
      assert.ok(evalFinding);
      assert.deepEqual(Object.keys(evalFinding), [...FINDING_KEYS, 'related']);
      assert.equal(evalFinding.side, null);
    });

    it('--output FILE writes the report there (relative to the working folder) and keeps the exit code', async () => {
      const dir = tmp('airlock-output-');
      const result = await runCli(['review', '--format', 'json', '--output', path.relative(repo.root, path.join(dir, 'r.json'))], {
        cwd: repo.root,
      });
      assert.equal(result.code, 1);
      assert.equal(result.stdout, '');
      const written = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as JsonReport;
      const { report } = await runJson(['review'], { cwd: repo.root });
      assert.deepEqual(written, report);
      const short = await runCli(['scan', '-o', path.join(dir, 's.txt')], { cwd: repo.root });
      assert.equal(short.code, 1);
      assert.match(readFileSync(path.join(dir, 's.txt'), 'utf8'), /\n2 findings \(1 high, 1 low\) in 2 files\.\n$/);
    });
  });
});
