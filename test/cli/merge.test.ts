/**
 * `airlock merge`: the shards of a scan, merged, are byte for byte the report of the whole scan,
 * in JSON and in SARIF; duplicates count once; exit codes are a scan's; and anything that is not
 * a complete set of this Airlock's scan reports is refused with exit 2.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { PNG_BYTES, Repo, runCli, useTempDirs } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any -- reports are edited as plain JSON here */

const TREE: Record<string, string | Buffer> = {
  'src/run.js': 'let run = eval;\nrun(s);\n',
  'src/net.ts': 'import { exec } from "node:child_process";\nexec(userInput);\nfetch("https://example.com/" + data);\n',
  'src/broken.ts': 'let x = ;\n',
  'src/clean.js': 'export const total = (items) => items.length;\n',
  'tools/deploy.py': 'import os\nimport subprocess\nsubprocess.run(cmd, shell=True)\nos.system(cmd)\n',
  'tools/seed.py': 'import random\nrandom.seed(42)\ntoken = random.random()\n',
  'lib/a.js': 'new Function("return " + x)();\n',
  'lib/b.js': 'require("child_process").execSync(c);\n',
  'lib/c.js': 'Math.random();\neval(y);\n',
  'assets/logo.png': PNG_BYTES,
  'docs/readme.md': '# hello\n',
};

describe('cli: merge', function () {
  this.timeout(120_000);
  const tmp = useTempDirs();
  let repo: Repo;
  let out: string;
  /** The whole scan's report, by format. */
  const whole: Record<string, string> = {};
  let wholeCode: number;

  const file = (name: string) => path.join(out, name);

  async function cli(args: string[]) {
    return runCli(args, { cwd: repo.root });
  }

  before(async () => {
    repo = Repo.init(tmp, TREE);
    symlinkSync('/etc/passwd', repo.path('src/passwd-link'));
    out = tmp('airlock-merge-out-');
    for (const format of ['json', 'sarif']) {
      const result = await cli(['scan', '--format', format, '--no-cache']);
      assert.equal(result.stderr, '');
      whole[format] = result.stdout;
      wholeCode = result.code;
      for (const k of [1, 2, 3]) {
        const shard = await cli(['scan', '--shard', `${k}/3`, '--format', format, '-o', file(`shard${k}.${format}`)]);
        assert.equal(shard.stderr, '');
      }
    }
    assert.equal(wholeCode, 1);
  });

  it('the tree is spread over all three shards, with the not-analyzable, binary and Python files', () => {
    const parts = [1, 2, 3].map((k) => JSON.parse(readFileSync(file(`shard${k}.json`), 'utf8')));
    for (const part of parts) {
      assert.ok(part.findings.length > 0 && part.filesAnalyzed > 0, JSON.stringify(part.shard));
    }
    const report = JSON.parse(whole.json);
    assert.deepEqual(
      report.notAnalyzed.map((n: any) => n.path),
      ['assets/logo.png', 'src/broken.ts'],
    );
    assert.ok(report.findings.some((f: any) => f.path.endsWith('.py')));
    assert.equal(report.filesAnalyzed, Object.keys(TREE).length + 1);
    assert.equal(
      parts.reduce((n, p) => n + p.filesAnalyzed, 0),
      report.filesAnalyzed,
    );
  });

  for (const format of ['json', 'sarif']) {
    it(`merging shards 1/3, 2/3 and 3/3 gives exactly the ${format} of the whole scan, in any order`, async () => {
      for (const order of [
        [1, 2, 3],
        [3, 1, 2],
      ]) {
        const merged = await cli(['merge', ...order.map((k) => file(`shard${k}.${format}`)), '--format', format]);
        assert.equal(merged.stderr, '');
        assert.equal(merged.code, wholeCode);
        assert.equal(merged.stdout, whole[format]);
      }
    });
  }

  it('writes to --output; the default format is SARIF', async () => {
    const target = file('merged.sarif');
    const merged = await cli(['merge', file('shard1.sarif'), file('shard2.sarif'), file('shard3.sarif'), '-o', target]);
    assert.equal(merged.stdout, '');
    assert.equal(readFileSync(target, 'utf8'), whole.sarif);
  });

  it('a report given twice, or a shard as JSON and as SARIF, counts once: JSON texts, SARIF line hashes', async () => {
    const twice = await cli(['merge', ...[1, 2, 3, 2, 1].map((k) => file(`shard${k}.sarif`))]);
    assert.equal(twice.stdout, whole.sarif);
    for (const k of [1, 2, 3]) {
      const json = [1, 2, 3].map((j) => file(`shard${j}.json`));
      const sarif = [1, 2, 3].map((j) => file(`shard${j}.sarif`));
      for (const inputs of [
        [...json, file(`shard${k}.sarif`)],
        [file(`shard${k}.sarif`), ...json],
      ]) {
        assert.equal((await cli(['merge', ...inputs, '--format', 'json'])).stdout, whole.json, `shard ${k} as SARIF too`);
      }
      for (const inputs of [
        [...sarif, file(`shard${k}.json`)],
        [file(`shard${k}.json`), ...sarif],
      ]) {
        assert.equal((await cli(['merge', ...inputs, '--format', 'sarif'])).stdout, whole.sarif, `shard ${k} as JSON too`);
      }
    }
  });

  it('SARIF logs merged into JSON give the JSON of the whole scan, texts worded as SARIF words them', async () => {
    const merged = await cli(['merge', ...[1, 2, 3].map((k) => file(`shard${k}.sarif`)), '--format', 'json']);
    assert.equal(merged.code, wholeCode);
    // SARIF makes every message a sentence: a final full stop is all that may differ.
    const unstop = (key: string, value: unknown) =>
      (key === 'message' || key === 'reason') && typeof value === 'string' ? value.replace(/\.$/, '') : value;
    const actual = JSON.parse(merged.stdout, unstop);
    assert.notDeepEqual(JSON.parse(merged.stdout), JSON.parse(whole.json), 'some message has gained a full stop');
    assert.deepEqual(actual, JSON.parse(whole.json, unstop));
  });

  it('scans of different folders merge into the scan of both', async () => {
    for (const [name, folder] of [
      ['src.json', 'src'],
      ['rest.json', 'lib'],
    ]) {
      await cli(['scan', folder, '--format', 'json', '-o', file(name)]);
    }
    const both = await cli(['scan', 'src', 'lib', '--format', 'json']);
    const merged = await cli(['merge', file('src.json'), file('rest.json'), '--format', 'json']);
    assert.equal(merged.stdout, both.stdout);
  });

  it('exit codes and --min-severity as for a scan', async () => {
    const shards = [1, 2, 3].map((k) => file(`shard${k}.json`));
    assert.equal((await cli(['merge', ...shards, '--fail-on', 'none'])).code, 0);
    const high = await cli(['merge', ...shards, '--format', 'json', '--min-severity', 'high']);
    const scanHigh = await cli(['scan', '--format', 'json', '--min-severity', 'high']);
    assert.equal(high.stdout, scanHigh.stdout);
    assert.equal(high.code, scanHigh.code);
    const text = await cli(['merge', ...shards, '--format', 'text', '--no-color']);
    const scanText = await cli(['scan', '--no-color']);
    assert.equal(text.stdout, scanText.stdout);
  });

  describe('refuses what it cannot merge faithfully, with exit 2 and nothing written', () => {
    function edited(name: string, from: string, edit: (report: any) => void): string {
      const report = JSON.parse(readFileSync(file(from), 'utf8'));
      edit(report);
      writeFileSync(file(name), JSON.stringify(report));
      return file(name);
    }

    async function refused(args: string[], message: RegExp): Promise<void> {
      const target = file('refused.out');
      const result = await cli(['merge', ...args, '-o', target]);
      assert.equal(result.code, 2, result.stderr);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /internal error/);
      assert.equal(existsSync(target), false);
    }

    const rest = () => [file('shard2.json'), file('shard3.json')];

    it('no reports', () => refused([], /merge needs the reports to merge/));
    it('a file that does not exist', () => refused([file('nope.json')], /cannot read .*nope\.json \(ENOENT\)/));
    it('a file that is not JSON', () => {
      writeFileSync(file('text.json'), 'eval(x)\n');
      return refused([file('text.json')], /text\.json is not JSON/);
    });
    it('JSON that is no report', () => {
      writeFileSync(file('other.json'), '{"hello": [1, 2]}');
      return refused([file('other.json')], /other\.json is neither an Airlock JSON report nor a SARIF log/);
    });
    it('SARIF from another tool', () =>
      refused(
        [edited('eslint.sarif', 'shard1.sarif', (r) => (r.runs[0].tool.driver.name = 'ESLint'))],
        /was not written by Airlock \(tool "ESLint"\)/,
      ));
    it('another Airlock version', () =>
      refused([edited('old.json', 'shard1.json', (r) => (r.tool.version = '0.0.1')), ...rest()], /written by Airlock 0\.0\.1; this is /));
    it('another ruleset (JSON)', () =>
      refused(
        [edited('rules.json', 'shard1.json', (r) => (r.ruleset = 'airlock/v1+000000000000')), ...rest()],
        /made with ruleset airlock\/v1\+000000000000; this Airlock runs /,
      ));
    it('another ruleset (SARIF: a rule of another category)', () =>
      refused(
        [edited('rules.sarif', 'shard1.sarif', (r) => (r.runs[0].tool.driver.rules[0].properties.category = 'network'))],
        /made with other rules than this Airlock's/,
      ));
    it('a finding of a rule this Airlock does not have', () =>
      refused(
        [edited('rule.json', 'shard1.json', (r) => (r.findings[0].ruleId = 'ts/made-up')), ...rest()],
        /rule "ts\/made-up", which this Airlock does not have/,
      ));
    it('a review report', async () => {
      const review = await cli(['review', '--format', 'json', '-o', file('review.json')]);
      assert.equal(review.stderr, '');
      return refused([file('review.json')], /review\.json is a report of "airlock review"; merge combines scan reports only/);
    });
    it('a missing shard', () => refused([file('shard1.json'), file('shard3.json')], /shard 2\/3 missing: give every shard's report/));
    it('shards of different splits', () =>
      refused([edited('split.json', 'shard1.json', (r) => (r.shard = { index: 1, count: 2 })), ...rest()], /shards of different splits/));
    it('a mistyped field', () =>
      refused(
        [edited('line.json', 'shard1.json', (r) => (r.findings[0].line = '3')), ...rest()],
        /line\.json: findings\[0\]\.line is missing or not a positive whole number/,
      ));
    it('a missing field', () =>
      refused(
        [edited('fp.sarif', 'shard1.sarif', (r) => delete r.runs[0].results[0].partialFingerprints)],
        /results\[0\]\.partialFingerprints is missing or not an object/,
      ));
    it('a malformed URI', () =>
      refused(
        [
          edited(
            'uri.sarif',
            'shard1.sarif',
            (r) => (r.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a%E0%A4%A'),
          ),
        ],
        /is missing or not a well-formed URI/,
      ));
    it('a report that is a list, or null', async () => {
      writeFileSync(file('list.json'), '[1]');
      await refused([file('list.json')], /the report is missing or not an object/);
      writeFileSync(file('null.json'), 'null');
      await refused([file('null.json')], /the report is missing or not an object/);
    });
  });

  it('merge --help', async () => {
    const help = await cli(['merge', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: airlock merge FILE\.\.\./);
    assert.match((await cli(['--help'])).stdout, /airlock merge FILE\.\.\./);
  });
});
