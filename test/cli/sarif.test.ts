/**
 * SARIF output: valid for Microsoft's SARIF validator (no error or warning results) and shaped
 * as code scanning platforms expect (rules, ruleIndex, fingerprints, relative URIs).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import pkg from '../../package.json';
import { allRuleMetas } from '../../src/core/rules/index';
import type { JsonReport } from '../../src/core/report/json';
import { PNG_BYTES, Repo, REPO_ROOT, runCli, runJson, useTempDirs } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any -- SARIF logs are read as plain JSON here */
type Sarif = any;

const VALIDATOR = path.join(REPO_ROOT, 'node_modules', '.bin', 'sarif-multitool');

describe('cli: SARIF', function () {
  this.timeout(60_000);
  const tmp = useTempDirs();
  let repo: Repo;
  let out: string;
  let review: Sarif;
  let reviewFile: string;
  let scanFile: string;
  let shardFile: string;
  let json: JsonReport;

  before(async () => {
    repo = Repo.init(tmp, { 'src/run.js': 'let run = console.log;\nrun(s);\n', 'tool.sh': 'echo hi\n', 'old.js': 'eval(old);\n' });
    repo.write({
      'src/run.js': 'let run = eval;\nrun(s);\n',
      'docs and ü/new file "1".js': 'const a = 1;\nnew Function("return " + a)();\neval(a);\n',
      'logo.png': PNG_BYTES,
      'broken.ts': 'let x = ;\n',
      'nul.js': Buffer.from('eval(1)\0'),
    });
    repo.chmod('tool.sh', 0o755).rm('old.js');
    symlinkSync('/etc/passwd', repo.path('config link'));
    out = tmp('airlock-sarif-');
    reviewFile = path.join(out, 'review.sarif');
    scanFile = path.join(out, 'scan.sarif');
    const result = await runCli(['review', '--format', 'sarif', '--output', reviewFile], { cwd: repo.root });
    assert.equal(result.code, 1, result.stderr);
    const scan = await runCli(['scan', '--format', 'sarif', '--output', scanFile], { cwd: repo.root });
    assert.equal(scan.code, 1, scan.stderr);
    shardFile = path.join(out, 'shard.sarif');
    const shard = await runCli(['scan', '--shard', '1/2', '--fail-on', 'none', '--format', 'sarif', '--output', shardFile], {
      cwd: repo.root,
    });
    assert.equal(shard.code, 0, shard.stderr);
    review = JSON.parse(readFileSync(reviewFile, 'utf8'));
    json = (await runJson(['review'], { cwd: repo.root })).report;
  });

  it("passes Microsoft's validator without errors or warnings (a flawed log in the same run proves it checks)", () => {
    const flawed = structuredClone(review);
    delete flawed.runs[0].tool.driver.version;
    delete flawed.runs[0].tool.driver.semanticVersion;
    delete flawed.runs[0].tool.driver.informationUri;
    const flawedFile = path.join(out, 'flawed.sarif');
    writeFileSync(flawedFile, JSON.stringify(flawed, null, 2));
    const log = path.join(out, 'validation.sarif');
    execFileSync(VALIDATOR, ['validate', reviewFile, scanFile, shardFile, flawedFile, '-o', log], { cwd: out, stdio: 'pipe' });
    const validation = JSON.parse(readFileSync(log, 'utf8'));
    const problems = validation.runs
      .flatMap((run: Sarif) => run.results ?? [])
      .filter((r: Sarif) => r.level === undefined || r.level === 'error' || r.level === 'warning')
      .map((r: Sarif) => ({
        file: path.basename(decodeURIComponent(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?')),
        text: `${r.ruleId} ${r.level ?? '(no level: warning)'} ${JSON.stringify(r.message)} at ${JSON.stringify(r.locations?.[0]?.physicalLocation?.region)}`,
      }));
    assert.deepEqual(
      problems.filter((p: { file: string }) => p.file !== 'flawed.sarif'),
      [],
    );
    assert.ok(
      problems.some((p: { file: string; text: string }) => p.file === 'flawed.sarif' && p.text.startsWith('SARIF2005')),
      `the flawed log is reported: ${JSON.stringify(problems)}`,
    );
    const failures = validation.runs.flatMap((run: Sarif) =>
      (run.invocations ?? []).flatMap((inv: Sarif) => (inv.toolExecutionNotifications ?? []).filter((n: Sarif) => n.level === 'error')),
    );
    assert.deepEqual(failures, []);
  });

  it('has one run with the tool, its version and every rule with its category', () => {
    assert.equal(review.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(review.version, '2.1.0');
    assert.equal(review.runs.length, 1);
    const driver = review.runs[0].tool.driver;
    assert.equal(driver.name, 'Airlock');
    assert.equal(driver.version, pkg.version);
    assert.equal(driver.semanticVersion, pkg.version);
    assert.equal(driver.informationUri, pkg.homepage);
    const metas = allRuleMetas();
    assert.deepEqual(
      driver.rules.map((r: Sarif) => r.id),
      metas.map((m) => m.id),
    );
    for (const [i, rule] of driver.rules.entries()) {
      const meta = metas[i];
      assert.equal(rule.properties.category, meta.category, rule.id);
      assert.equal(rule.defaultConfiguration.level, { high: 'error', medium: 'warning', low: 'note', info: 'note' }[meta.severity]);
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.help.text && rule.help.markdown, rule.id);
      assert.match(rule.helpUri, /^https:\/\/github\.com\/airlock-dev\/airlock\/blob\/main\/docs\/rules\.md#[a-z0-9-]+$/);
      assert.match(rule.name, /^[A-Z][A-Za-z0-9]*$/);
    }
  });

  it('results match the JSON findings, with a correct ruleIndex and the level of their severity', () => {
    const run = review.runs[0];
    assert.equal(run.results.length, json.findings.length);
    assert.deepEqual(
      run.results.map((r: Sarif) => [r.ruleId, r.level, r.properties.severity]),
      json.findings.map((f) => [f.ruleId, { high: 'error', medium: 'warning', low: 'note', info: 'note' }[f.severity], f.severity]),
    );
    for (const result of run.results) {
      assert.ok(Number.isInteger(result.ruleIndex) && result.ruleIndex >= 0);
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.equal(result.properties.side, 'new');
      assert.match(result.message.text, /[.!?]$/);
    }
    const kinds = new Set(run.results.map((r: Sarif) => r.ruleId));
    for (const id of ['ts/eval', 'airlock/not-analyzed', 'diff/executable-bit', 'diff/symlink']) {
      assert.ok(kinds.has(id), `a ${id} result`);
    }
  });

  it('fingerprints: airlock/v1 is the JSON fingerprint; primaryLocationLineHash for text files', () => {
    const results = review.runs[0].results;
    results.forEach((result: Sarif, i: number) => {
      assert.equal(result.partialFingerprints['airlock/v1'], json.findings[i].fingerprint);
    });
    const evalResult = results.find((r: Sarif) => r.ruleId === 'ts/eval');
    assert.match(evalResult.partialFingerprints.primaryLocationLineHash, /^[0-9a-f]{1,16}:\d+$/);
    const png = results.find((r: Sarif) => r.locations[0].physicalLocation.artifactLocation.uri === 'logo.png');
    assert.deepEqual(Object.keys(png.partialFingerprints), ['airlock/v1']);
  });

  it('locations are relative, forward-slash, percent-encoded URIs against %SRCROOT%', () => {
    const run = review.runs[0];
    const root = run.originalUriBaseIds['%SRCROOT%'].uri as string;
    assert.match(root, /^file:\/\/\/.+\/$/);
    assert.equal(
      decodeURIComponent(root.slice('file://'.length, -1)),
      execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: repo.root, encoding: 'utf8' }).trim(),
    );
    const locations = run.results.flatMap((r: Sarif) => [
      ...r.locations.map((l: Sarif) => l.physicalLocation),
      ...(r.relatedLocations ?? []).map((l: Sarif) => l.physicalLocation),
    ]);
    for (const location of locations) {
      const { uri, uriBaseId } = location.artifactLocation;
      assert.equal(uriBaseId, '%SRCROOT%');
      assert.doesNotMatch(uri, /^[a-z]+:|^\/|\\| /i, uri);
      assert.equal(new URL(uri, root).href, `${root}${uri}`);
    }
    assert.deepEqual(
      run.results.map((r: Sarif) => decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri)),
      json.findings.map((f) => f.path),
    );
    const unicode = run.results.find((r: Sarif) => r.ruleId === 'ts/eval' && r.locations[0].physicalLocation.region.startLine === 3);
    assert.equal(unicode.locations[0].physicalLocation.artifactLocation.uri, 'docs%20and%20%C3%BC/new%20file%20%221%22.js');
    assert.deepEqual(unicode.locations[0].physicalLocation.region, {
      startLine: 3,
      startColumn: 1,
      endLine: 3,
      endColumn: 8,
      snippet: { text: 'eval(a);' },
    });
  });

  it('a finding reached through an alias has a related location', () => {
    const alias = review.runs[0].results.find(
      (r: Sarif) => r.ruleId === 'ts/eval' && r.locations[0].physicalLocation.artifactLocation.uri === 'src/run.js',
    );
    assert.deepEqual(alias.relatedLocations, [
      {
        id: 1,
        message: { text: 'reached through this declaration.' },
        physicalLocation: {
          artifactLocation: { uri: 'src/run.js', uriBaseId: '%SRCROOT%' },
          region: { startLine: 1, startColumn: 5, endLine: 1, endColumn: 15 },
        },
      },
    ]);
  });

  it('not-analyzed files are tool notifications; the capability delta and base are run properties', () => {
    const run = review.runs[0];
    const [invocation] = run.invocations;
    assert.equal(invocation.executionSuccessful, true);
    assert.deepEqual(
      invocation.toolExecutionNotifications.map((n: Sarif) => [n.level, n.locations[0].physicalLocation.artifactLocation.uri]),
      json.notAnalyzed.map((n) => ['warning', n.path]),
    );
    assert.deepEqual(
      json.notAnalyzed.map((n) => n.path),
      ['broken.ts', 'logo.png', 'nul.js'],
    );
    assert.deepEqual(run.properties.capabilityDelta, json.capabilityDelta);
    assert.equal(run.properties.base, json.base);
    assert.equal(run.properties.command, 'review');
    assert.equal(run.properties.filesAnalyzed, 8);
    assert.equal(run.columnKind, 'utf16CodeUnits');
  });

  it('a scan has no base or capability delta', () => {
    const scan = JSON.parse(readFileSync(scanFile, 'utf8'));
    assert.equal(scan.runs[0].properties.command, 'scan');
    assert.equal('base' in scan.runs[0].properties, false);
    assert.equal('capabilityDelta' in scan.runs[0].properties, false);
  });
});
