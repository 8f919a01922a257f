/**
 * A golden SARIF file for a fixed small review. The repository is rebuilt with fixed contents,
 * identities and dates, so commit ids are stable; only the temporary root and the tool version
 * are replaced by placeholders. Regenerate with `UPDATE=1 npx mocha test/cli/golden.test.ts`
 * (and review the diff: rule metadata and every result are in it).
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import pkg from '../../package.json';
import { PNG_BYTES, Repo, REPO_ROOT, runCli, useTempDirs } from './helpers';

const GOLDEN = path.join(REPO_ROOT, 'test', 'fixtures', 'golden', 'review.sarif');
const ROOT_PLACEHOLDER = 'file:///AIRLOCK_ROOT/';
const VERSION_PLACEHOLDER = '0.0.0-golden';

/** Replaces the run's root URI and the tool version; the rest must be byte-for-byte what the CLI wrote. */
function normalize(raw: string): string {
  const log = JSON.parse(raw);
  // The CLI writes 2-space JSON with a final newline: re-serializing changes nothing but the placeholders.
  assert.equal(`${JSON.stringify(log, null, 2)}\n`, raw, 'the SARIF output is canonical 2-space JSON');
  const run = log.runs[0];
  assert.equal(run.tool.driver.version, pkg.version);
  run.tool.driver.version = VERSION_PLACEHOLDER;
  run.tool.driver.semanticVersion = VERSION_PLACEHOLDER;
  run.originalUriBaseIds['%SRCROOT%'].uri = ROOT_PLACEHOLDER;
  return `${JSON.stringify(log, null, 2)}\n`;
}

describe('cli: golden SARIF review', () => {
  const tmp = useTempDirs();

  it('matches test/fixtures/golden/review.sarif', async () => {
    const repo = Repo.init(tmp, {
      'src/run.js': 'let run = console.log;\nrun(s);\n',
      'scripts/deploy.sh': 'echo deploy\n',
      'src/old.js': 'eval(old);\n',
    });
    repo.write({
      'src/run.js': 'let run = eval;\nrun(s);\n',
      'docs and ü/new file.js': 'const a = 1;\nnew Function("return " + a)();\n',
      'assets/logo.png': PNG_BYTES,
      'src/broken.ts': 'let x = ;\n',
    });
    repo.chmod('scripts/deploy.sh', 0o755).rm('src/old.js');
    symlinkSync('/etc/passwd', repo.path('config link'));
    repo.commit('the change');

    const result = await runCli(['review', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'sarif'], { cwd: repo.root });
    assert.equal(result.stderr, '');
    assert.equal(result.code, 1);
    const actual = normalize(result.stdout);

    if (process.env.UPDATE === '1') {
      mkdirSync(path.dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, actual);
      return;
    }
    let expected: string;
    try {
      expected = readFileSync(GOLDEN, 'utf8');
    } catch {
      assert.fail(`${path.relative(REPO_ROOT, GOLDEN)} is missing: run UPDATE=1 npx mocha test/cli/golden.test.ts`);
    }
    if (actual !== expected) {
      // assert.equal shows a line diff; the message says how to accept an intended change.
      assert.equal(actual, expected, 'SARIF output changed; if intended, regenerate with UPDATE=1 npx mocha test/cli/golden.test.ts');
    }
  });
});
