import * as assert from 'node:assert/strict';
import { reviewChanges } from '../../src/core/review/review';
import { analyzeText } from '../../src/core/engine/analyze';
import { lineHashes } from '../../src/core/engine/fingerprint';
import { RULES } from '../../src/core/rules/index';
import tsEval from '../../src/core/rules/ts/eval';
import type { FileChange } from '../../src/core/diff/change';

const enc = (s: string) => new TextEncoder().encode(s);
const modified = (path: string, before: string, after: string): FileChange => ({
  status: 'modified',
  oldPath: path,
  newPath: path,
  oldMode: '100644',
  newMode: '100644',
  oldBytes: enc(before),
  newBytes: enc(after),
});
const review = (...changes: FileChange[]) => reviewChanges(changes, { rules: [tsEval] });
const fingerprints = (path: string, text: string) =>
  analyzeText(path, text, { rules: [tsEval], mode: 'scan' }).findings.map((f) => f.fingerprint);

describe('review', () => {
  it('reports only what the change added', () => {
    const r = review(modified('a.js', 'eval(a)\n', 'eval(a)\neval(b)\n'));
    assert.deepEqual(
      r.findings.map((f) => [f.line, f.side]),
      [[2, 'new']],
    );
  });
  it('keeps an unchanged call whose alias the change redirected', () => {
    const r = review(modified('a.js', 'let run = console.log;\nrun(s);\n', 'let run = eval;\nrun(s);\n'));
    assert.deepEqual(
      r.findings.map((f) => [f.line, f.related?.[0]?.line]),
      [[2, 1]],
    );
  });
  it('reports a file that cannot be parsed wherever the change is', () => {
    const r = review(modified('a.ts', 'const a = 1;\n', 'const a = 1;\nconst = ;\n'));
    assert.equal(r.findings[0].ruleId, 'airlock/not-analyzed');
    assert.match(r.findings[0].message, /syntax error/);
    assert.deepEqual(
      r.notAnalyzed.map((n) => n.path),
      ['a.ts'],
    );
  });
  it("computes the capability delta against each file's base version", () => {
    const r = review(modified('old.js', 'eval(a)\n', 'eval(a)\neval(b)\n'), {
      status: 'added',
      newPath: 'new.js',
      newMode: '100644',
      newBytes: enc('eval(c)\n'),
    });
    assert.deepEqual(r.capabilityDelta, {
      summary: 'this change adds: dynamic-code',
      adds: [{ category: 'dynamic-code', kind: 'adds', label: 'dynamic-code', findings: 1, files: ['new.js'] }],
      flows: [],
    });
    assert.equal(r.findings.length, 2);
  });
  it('says when nothing new is added', () => {
    assert.equal(review(modified('a.js', 'x\n', 'y\n')).capabilityDelta.summary, 'this change adds no new capabilities');
  });
  it('flags a file whose new version could not be read: size is medium, anything else high', () => {
    const r = reviewChanges(
      [
        { status: 'added', newPath: 'big.js', newMode: '100644', partial: 'over the size limit (9 bytes; the limit is 1)' },
        { status: 'added', newPath: 'fifo', newMode: '100644', partial: 'not a regular file (a FIFO, socket or device): not opened' },
      ],
      { rules: RULES },
    );
    assert.deepEqual(
      r.findings.map((f) => [f.path, f.ruleId, f.severity]),
      [
        ['big.js', 'airlock/not-analyzed', 'medium'],
        ['fifo', 'airlock/not-analyzed', 'high'],
      ],
    );
    assert.deepEqual(
      r.notAnalyzed.map((n) => n.path),
      ['big.js', 'fifo'],
    );
  });
});

describe('globals shared between the files of a change', () => {
  const added = (path: string, text: string): FileChange => ({ status: 'added', newPath: path, newMode: '100644', newBytes: enc(text) });
  const flagged = (r: ReturnType<typeof review>) => r.findings.map((f) => `${f.path}:${f.line}`);

  it('a capability stored on the global object in one file is flagged where another file calls it', () => {
    const r = review(
      added('src/setup.js', "window['__run'] = eval;\nglobalThis.later = eval;\n"),
      added('src/app.js', 'export const a = (s) => __run(s);\nexport const b = (s) => globalThis.later(s);\n'),
    );
    assert.deepEqual(
      flagged(r).filter((f) => f.startsWith('src/app.js')),
      ['src/app.js:1', 'src/app.js:2'],
    );
  });

  it('plain data or functions stored on the global object flag nothing', () => {
    const r = review(
      added('src/setup.js', 'window.__CONFIG__ = { retries: 3 };\nglobalThis.helper = (s) => s.trim();\n'),
      added('src/app.js', 'export const a = __CONFIG__.retries;\nexport const b = (s) => helper(s);\n'),
    );
    assert.deepEqual(flagged(r), []);
  });
});

describe('files the change loads as code whatever their extension', () => {
  const added = (path: string, text: string): FileChange => ({ status: 'added', newPath: path, newMode: '100644', newBytes: enc(text) });
  const full = (...changes: FileChange[]) =>
    reviewChanges(changes, { rules: RULES }).findings.map((f) => `${f.path}:${f.line} ${f.category}`);

  it('a required .tpl file is read as JavaScript', () => {
    const found = full(
      added('src/header.tpl', "module.exports = require('child_process').execSync('id');\n"),
      added('src/app.js', "require('./header.tpl');\n"),
    );
    assert.ok(found.includes('src/header.tpl:1 process'), found.join('\n'));
  });

  it('a file named where code is compiled is read as JavaScript', () => {
    const found = full(
      added('assets/loader.dat', "require('child_process').execSync('id');\n"),
      added(
        'src/cache.js',
        "const f = require('path').join(__dirname, '..', 'assets', 'loader.dat');\nmodule._compile(require('fs').readFileSync(f, 'utf8'), f);\n",
      ),
    );
    assert.ok(found.includes('assets/loader.dat:1 process'), found.join('\n'));
  });

  it('is not read as JavaScript when nothing loads it, or when it is not JavaScript', () => {
    const alone = full(
      added('src/header.tpl', "module.exports = require('child_process').execSync('id');\n"),
      added('src/app.js', 'export const x = 1;\n'),
    );
    assert.ok(!alone.some((f) => f.startsWith('src/header.tpl') && f.endsWith('process')), alone.join('\n'));
    const prose = full(added('src/notes.txt', 'Remember to run the build (twice).\n'), added('src/app.js', "require('./notes.txt');\n"));
    assert.ok(!prose.some((f) => f.startsWith('src/notes.txt')), prose.join('\n'));
  });
});

describe('fingerprints', () => {
  it('survive the flagged code moving and the rest of the file changing', () => {
    const a = fingerprints('a.js', 'eval(x)\n');
    const b = fingerprints('a.js', '// a comment\n\nfunction f() {}\n   eval(x)  \n');
    assert.deepEqual(a, b);
  });
  it('change when the flagged code changes, or the file', () => {
    assert.notDeepEqual(fingerprints('a.js', 'eval(x)'), fingerprints('a.js', 'eval(y)'));
    assert.notDeepEqual(fingerprints('a.js', 'eval(x)'), fingerprints('b.js', 'eval(x)'));
  });
  it('differ for identical snippets in one file', () => {
    const [first, second] = fingerprints('a.js', 'eval(x)\neval(x)\n');
    assert.notEqual(first, second);
    assert.match(first, /^[0-9a-f]{32}$/);
  });
});

describe('primaryLocationLineHash', () => {
  it("matches GitHub's algorithm on known values", () => {
    // Expected values from an independent BigInt port of github/codeql-action's fingerprints.ts.
    const hashes = lineHashes('hello\nworld\nhello\n', new Set([1, 2, 3]));
    assert.deepEqual([...hashes].sort(), [
      [1, '6d7b7f5f5556dc5:1'],
      [2, 'ea86664d537b73d3:1'],
      [3, '5e536e90a7094d15:1'],
    ]);
    assert.equal(lineHashes('x\nx\nx\n', new Set([2])).get(2), '8c072f39cc89b447:1');
  });
  it('ignores indentation and line-ending style', () => {
    const a = lineHashes('a\n  b\nc\n', new Set([2]));
    const b = lineHashes('a\r\nb\r\nc\r\n', new Set([2]));
    assert.equal(a.get(2), b.get(2));
  });
});

describe('moved code', () => {
  const added = (path: string, text: string): FileChange => ({ status: 'added', newPath: path, newMode: '100644', newBytes: enc(text) });
  const deleted = (path: string, text: string): FileChange => ({
    status: 'deleted',
    oldPath: path,
    oldMode: '100644',
    oldBytes: enc(text),
  });

  it('does not raise again a flag on code the change only moved to another file', () => {
    const r = review(
      modified('a.js', 'one();\neval(payload);\ntwo();\n', 'one();\ntwo();\n'),
      added('b.js', 'function run() {\n  eval(payload);\n}\n'),
    );
    assert.deepEqual(r.findings, []);
    assert.equal(r.capabilityDelta.summary, 'this change adds no new capabilities');
  });

  it('does the same for a move within a file and for a deleted file whose code moved', () => {
    assert.deepEqual(review(modified('a.js', 'eval(payload);\none();\ntwo();\n', 'one();\ntwo();\neval(payload);\n')).findings, []);
    assert.deepEqual(review(deleted('old.js', 'eval(payload);\n'), added('new.js', 'eval(payload);\n')).findings, []);
  });

  it('keeps the flag when identical text meant something harmless where it came from', () => {
    // `run(payload);` moves from a file where run was console.log to one where run is eval.
    const r = review(
      modified('a.js', 'const run = console.log;\nrun(payload);\n', 'const run = console.log;\n'),
      modified('b.js', 'const run = eval;\nother();\n', 'const run = eval;\nother();\nrun(payload);\n'),
    );
    assert.deepEqual(
      r.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`),
      ['b.js:3 ts/eval'],
    );
  });

  it('flags code moved from another file into an existing one: its new neighbours can change what it does', () => {
    const r = review(
      modified('test/helper.js', 'export function sh(cmd) {\n  eval(payload);\n}\n', 'export function sh(cmd) {\n}\n'),
      modified('src/server.js', 'const payload = 1;\nserve();\n', 'const payload = req.url;\nserve();\n  eval(payload);\n'),
    );
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId === 'ts/eval').map((f) => `${f.path}:${f.line}`),
      ['src/server.js:3'],
    );
  });

  it('keeps a flag when the moved code also changed', () => {
    const r = review(modified('a.js', 'eval(payload);\n', ''), added('b.js', 'eval(payload + more);\n'));
    assert.equal(r.findings.length, 1);
  });

  it('each removed line accounts for one moved line only', () => {
    const r = review(modified('a.js', 'eval(payload);\n', ''), added('b.js', 'eval(payload);\neval(payload);\n'));
    assert.deepEqual(
      r.findings.map((f) => f.line),
      [2],
    );
  });

  describe('files of one change are linked', () => {
    const added = (path: string, text: string): FileChange => ({ status: 'added', newPath: path, newMode: '100644', newBytes: enc(text) });
    const flags = (r: ReturnType<typeof reviewChanges>) =>
      r.findings.map((f) => `${f.path}:${f.line} ${f.ruleId} <- ${(f.related ?? []).map((x) => `${x.path}:${x.line}`).join(', ')}`);

    it('a capability re-exported by a helper is flagged where another file calls it, with the export as related information', () => {
      const r = reviewChanges(
        [
          added('src/util.ts', "export { exec as run } from 'node:child_process';\n"),
          added('src/main.ts', "import { run } from './util.js';\n\nrun(command);\n"),
        ],
        { rules: RULES },
      );
      assert.ok(flags(r).includes('src/main.ts:3 ts/child-process <- src/main.ts:1, src/util.ts:1'), flags(r).join('\n'));
    });

    it('the same for Python: a name bound in a sibling module', () => {
      const r = reviewChanges(
        [added('pkg/helpers.py', 'import os\nshell = os.system\n'), added('pkg/main.py', 'from .helpers import shell\n\nshell(cmd)\n')],
        { rules: RULES },
      );
      assert.ok(
        flags(r).some((f) => f.startsWith('pkg/main.py:3 py/process <- ') && f.includes('pkg/helpers.py:2')),
        flags(r).join('\n'),
      );
    });

    it('a module outside the change is not linked, and a file alone is reviewed as before', () => {
      const r = reviewChanges([added('src/main.ts', "import { run } from './util.js';\nrun(command);\n")], { rules: RULES });
      assert.deepEqual(flags(r), []);
    });
  });
});
