/**
 * Files nested deeper than the main thread's stack allows are parsed on a thread with a larger
 * stack and come back whole: the tree crosses threads as a flat list, and the rules see every
 * capability the file names.
 */
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/engine/analyze';
import { flattenAst, unflattenAst } from '../../src/core/js/flat-ast';
import { parseHere, parseJs, setDeepParser, TOO_DEEP } from '../../src/core/js/parse';
import { installDeepParser } from '../../src/node/deep-parse';
import { RULES } from '../../src/core/rules/index';

const JS = { language: 'js', jsx: false } as const;

describe('deep parsing', () => {
  after(() => setDeepParser(undefined));

  it('a flat tree comes back equal to the original', () => {
    const code = 'const re = /a+/gi; const big = 10n; label: for (const [a, { b = 2 }] of xs) { f?.(a, ...b, `t${a}`); break label; }';
    const parsed = parseHere(code, JS);
    assert.ok(parsed.ok);
    const copy = unflattenAst(structuredClone(flattenAst(parsed.program)));
    assert.deepEqual(JSON.parse(JSON.stringify(copy, replacer)), JSON.parse(JSON.stringify(parsed.program, replacer)));
  });

  it('a tree 50,000 levels deep crosses as a flat list without recursion', () => {
    // Built by hand: the parser cannot make one this deep on this thread.
    let expr: Record<string, unknown> = { type: 'Literal', value: 1, raw: '1', range: [0, 1] };
    for (let i = 0; i < 50_000; i++) {
      expr = { type: 'UnaryExpression', operator: '!', prefix: true, argument: expr, range: [0, 1] };
    }
    const program = {
      type: 'Program',
      body: [{ type: 'ExpressionStatement', expression: expr, range: [0, 1] }],
      range: [0, 1],
      sourceType: 'script',
    };
    const flat = flattenAst(program as never);
    assert.equal(flat.length, 50_003);
    const back = unflattenAst(structuredClone(flat)) as unknown as typeof program;
    let depth = 0;
    let node = (back.body[0] as { expression: Record<string, unknown> }).expression;
    while (node.type === 'UnaryExpression') {
      node = node.argument as Record<string, unknown>;
      depth++;
    }
    assert.equal(depth, 50_000);
    assert.equal(node.value, 1);
  });

  it('without a deep parser, a 3,000-term expression is too deep for this thread', () => {
    setDeepParser(undefined);
    const result = parseJs(`const x = 1${' + 1'.repeat(3000)};`, JS);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.reason, TOO_DEEP);
  });

  it('with it, deeply nested files are analyzed whole and flagged by the rules themselves', function () {
    this.timeout(60_000);
    installDeepParser(50_000);
    const files: [string, string][] = [
      ['binary.js', `const cp = require('child_process');\nconst cmd = 'a'${" + 'a'".repeat(3000)};\ncp.exec(cmd);\neval(cmd);\n`],
      ['blocks.ts', `${'if (a) {'.repeat(2000)}require('child_process').execSync(z); eval(z);${'}'.repeat(2000)}\n`],
      ['arrays.js', `const y = ${'['.repeat(3000)}${']'.repeat(3000)};\neval(y);\nrequire('child_process').exec(y);\n`],
    ];
    for (const [path, text] of files) {
      const result = analyzeText(path, text, { rules: RULES, mode: 'scan' });
      const rules = result.findings.map((f) => f.ruleId);
      assert.equal(result.notAnalyzed, undefined, `${path}: ${rules.join(', ')}`);
      assert.ok(rules.includes('ts/eval'), `${path}: ${rules.join(', ')}`);
      assert.ok(rules.includes('ts/child-process'), `${path}: ${rules.join(', ')}`);
      assert.ok(!rules.includes('airlock/unanalyzed-capability'), `${path}: ${rules.join(', ')}`);
    }
  });
});

/** Drops `parent` links (set by the model on the original) and compares everything else. */
function replacer(key: string, value: unknown): unknown {
  if (key === 'parent') {
    return undefined;
  }
  return typeof value === 'bigint' ? `${value}n` : value instanceof RegExp ? String(value) : value;
}
