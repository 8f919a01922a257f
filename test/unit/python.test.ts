import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/engine/analyze';
import pyEval from '../../src/core/rules/py/eval';
import { installPythonParser, pythonParser } from '../../src/core/python/tree';

const scan = (path: string, code: string, limits = {}) => analyzeText(path, code, { rules: [pyEval], mode: 'scan', limits });
const summary = (path: string, code: string, limits = {}) =>
  scan(path, code, limits).findings.map((f) => `${f.line} ${f.ruleId} ${f.messageId}`);

describe('python engine', () => {
  it('analyzes .py, .pyi, .pyw and python shebang scripts', () => {
    for (const path of ['a.py', 'a.pyi', 'a.pyw']) {
      assert.deepEqual(summary(path, 'eval(x)\n'), ['1 py/eval call']);
    }
    assert.deepEqual(summary('bin/tool', '#!/usr/bin/env python3\neval(x)\n'), ['2 py/eval call']);
    assert.deepEqual(summary('bin/tool', '#!/bin/sh\neval(x)\n'), []);
  });

  it('still analyzes a file with a few syntax errors, quietly', () => {
    assert.deepEqual(summary('a.py', 'def broken(:\n    pass\neval(x)\n'), ['3 py/eval call']);
  });

  it('analyzes around substantial syntax errors and flags the file as not fully analyzed', () => {
    const junk = Array.from({ length: 12 }, (_, i) => `def f${i}(:\n  ) ] }\n`).join('');
    const result = summary('a.py', `${junk}eval(x)\n`);
    assert.ok(result.includes('25 py/eval call'), result.join('\n'));
    assert.ok(result.includes('1 airlock/not-analyzed partial'), result.join('\n'));
  });

  it('survives hostile nesting and reports limits instead of crashing', () => {
    const deep = `${'('.repeat(50_000)}x${')'.repeat(50_000)}\n`;
    const findings = scan('deep.py', deep).findings;
    assert.ok(findings.every((f) => f.ruleId === 'airlock/not-analyzed'));
    assert.deepEqual(summary('big.py', 'x = 1\n'.repeat(2000), { maxNodes: 1000 }), ['1 airlock/not-analyzed limit']);
  });

  it('flags Python files when the parser is not loaded, never skips them', () => {
    const parser = pythonParser();
    installPythonParser(undefined);
    try {
      assert.deepEqual(
        scan('a.py', 'eval(x)\n').findings.map((f) => f.message),
        [
          'Not analyzed: the Python parser is not loaded. Review this file by hand.',
          // The text fallback still names the risky line.
          '`eval` appears in a file Airlock could not analyze (the Python parser is not loaded): this line may run strings as code. Review it by hand.',
        ],
      );
    } finally {
      installPythonParser(parser);
    }
  });
});
