/**
 * Fingerprints across edits, through the CLI's JSON output: they follow the flagged code, not
 * its line number, and they tell identical snippets in one file apart.
 */
import * as assert from 'node:assert/strict';
import { Repo, runJson, useTempDirs } from './helpers';

describe('cli: fingerprints', () => {
  const tmp = useTempDirs();
  let repo: Repo;

  before(() => {
    repo = Repo.init(tmp, { 'a.js': 'start();\n', 'b.js': 'start();\n' });
  });

  /** Writes a.js and returns its findings as [line, fingerprint, snippet]. */
  async function findingsFor(text: string, file = 'a.js'): Promise<[number, string, string][]> {
    repo.write({ [file]: text });
    const { report } = await runJson(['review'], { cwd: repo.root });
    return report.findings.filter((f) => f.path === file).map((f) => [f.line, f.fingerprint, f.snippet]);
  }

  it('is a 32-digit hex string', async () => {
    const [[, fingerprint]] = await findingsFor('start();\neval(code);\n');
    assert.match(fingerprint, /^[0-9a-f]{32}$/);
  });

  it('is stable when the flagged code moves and other lines are reformatted', async () => {
    const before = await findingsFor('start();\nfunction f() { return 1 }\neval(code);\n');
    const after = await findingsFor('start();\n\n\nfunction f() {\n  return 1;\n}\n\n// moved down\neval(code);\n');
    assert.equal(before.length, 1);
    assert.equal(after.length, 1);
    assert.equal(before[0][0], 3);
    assert.equal(after[0][0], 9);
    assert.equal(after[0][1], before[0][1]);
  });

  it('changes when the flagged code changes', async () => {
    const [[, original]] = await findingsFor('start();\neval(code);\n');
    const [[, changed]] = await findingsFor('start();\neval(otherCode);\n');
    assert.notEqual(changed, original);
  });

  it('depends on the file: the same code in another file has another fingerprint', async () => {
    const [[, inA]] = await findingsFor('start();\neval(code);\n', 'a.js');
    const [[, inB]] = await findingsFor('start();\neval(code);\n', 'b.js');
    assert.notEqual(inA, inB);
  });

  it('is distinct for two identical snippets in one file, and each keeps its own across a move', async () => {
    const twice = await findingsFor('start();\neval(code);\nmiddle();\neval(code);\n');
    assert.deepEqual(
      twice.map(([line, , snippet]) => [line, snippet]),
      [
        [2, 'eval(code);'],
        [4, 'eval(code);'],
      ],
    );
    assert.notEqual(twice[0][1], twice[1][1]);
    const shifted = await findingsFor('start();\n\n\neval(code);\nmiddle();\nmore();\neval(code);\n');
    assert.deepEqual(
      shifted.map(([, fingerprint]) => fingerprint),
      twice.map(([, fingerprint]) => fingerprint),
    );
  });
});
