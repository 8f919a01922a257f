import * as assert from 'node:assert/strict';
import { analyzeFile, type EngineFinding } from '../../src/core/engine/analyze';
import { RULES } from '../../src/core/rules/index';
import { decodeOutcome, encodeOutcome, isCacheable, type FileOutcome } from '../../src/core/scan/cache-entry';

const enc = (s: string) => new TextEncoder().encode(s);

/** An outcome as a scan keeps it, written to JSON and read back, like the cache does. */
function roundTrip(outcome: FileOutcome, path: string): FileOutcome | undefined {
  return decodeOutcome(JSON.parse(JSON.stringify(encodeOutcome(outcome))), path);
}

/** The same outcome without explicit `undefined` fields (JSON has none). */
function plain(outcome: FileOutcome): unknown {
  return JSON.parse(JSON.stringify({ findings: outcome.findings, notAnalyzed: outcome.notAnalyzed }));
}

describe('findings cache entries', () => {
  const cases: [string, string | Uint8Array][] = [
    ['src/a.ts', 'const run = eval;\nrun(input);\nimport { exec } from "node:child_process";\nexec(cmd);\n'],
    ['src/broken.ts', 'let x = ;\n'],
    ['tool.py', 'import subprocess\nsubprocess.run(cmd, shell=True)\n'],
    ['logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['nul.js', enc('eval(1)\0')],
  ];
  for (const lineHashes of [false, true]) {
    for (const [path, content] of cases) {
      it(`an outcome survives the round trip exactly: ${path}${lineHashes ? ' (line hashes)' : ''}`, () => {
        const bytes = typeof content === 'string' ? enc(content) : content;
        const result = analyzeFile(path, bytes, { rules: RULES, mode: 'scan', lineHashes });
        const outcome: FileOutcome = { findings: result.findings, notAnalyzed: result.notAnalyzed };
        const back = roundTrip(outcome, path);
        assert.ok(back);
        assert.deepEqual(back, plain(outcome));
      });
    }
  }

  it('keeps every optional field, related locations included', () => {
    const finding: EngineFinding = {
      ruleId: 'ts/eval',
      category: 'dynamic-code',
      severity: 'high',
      message: 'm',
      path: 'a.js',
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 9,
      snippet: 'run(s)',
      fingerprint: 'f',
      source: 'static',
      code: 'run(s)',
      messageId: 'call',
      side: 'new',
      related: [{ path: 'a.js', line: 1, column: 5, endLine: 1, endColumn: 8, message: 'here' }],
      fileLevel: false,
      lineHash: 'h:1',
      codeHash: 'c',
      occurrence: 0,
    };
    assert.deepEqual(roundTrip({ findings: [finding] }, 'a.js'), { findings: [finding] });
  });

  it('refuses what is not an outcome', () => {
    for (const value of [null, 1, 'x', [], {}, { findings: {} }, { findings: [] }, { findings: [], notAnalyzed: 'x' }]) {
      assert.equal(decodeOutcome(value, 'a.js'), undefined, JSON.stringify(value));
    }
    assert.deepEqual(decodeOutcome({ findings: [], notAnalyzed: null }, 'a.js'), { findings: [] });
    assert.equal(decodeOutcome({ findings: [], notAnalyzed: { path: 'b.js', reason: 'r' } }, 'a.js'), undefined);
  });

  it('caches neither rule crashes nor analyses near their time budget', () => {
    const normal = analyzeFile('a.js', enc('eval(1);\n'), { rules: RULES, mode: 'scan' });
    assert.equal(isCacheable(normal, 10, 15_000), true);
    assert.equal(isCacheable(normal, 7_500, 15_000), false);
    const internal = { ...normal.findings[0], ruleId: 'airlock/internal-error' };
    assert.equal(isCacheable({ findings: [internal] }, 10, 15_000), false);
  });
});
