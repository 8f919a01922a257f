import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/engine/analyze';
import { readNotebook, decodeJsonString } from '../../src/core/python/notebook';
import pyEval from '../../src/core/rules/py/eval';
import type { TextRule } from '../../src/core/engine/rule';
import { defineTextRule } from '../../src/core/engine/rule';

/** A text rule for the test: flags every "TODO-X" so positions in markdown cells can be checked. */
const todoRule: TextRule = defineTextRule({
  meta: {
    id: 'text/test-marker',
    category: 'obfuscation',
    severity: 'low',
    summary: 'test marker rule for notebook positions',
    why: 'only used by this test to check where text findings land in a notebook file',
    incorrect: [],
    correct: [],
    messages: { marker: 'marker found' },
  },
  check(ctx) {
    for (let i = ctx.text.indexOf('TODO-X'); i >= 0; i = ctx.text.indexOf('TODO-X', i + 1)) {
      ctx.report({ start: i, end: i + 6, messageId: 'marker' });
    }
  },
});

function notebook(cells: { type: string; source: string[] }[], language = 'python'): string {
  return JSON.stringify(
    {
      cells: cells.map((c) => ({
        cell_type: c.type,
        metadata: {},
        source: c.source,
        ...(c.type === 'code' ? { outputs: [], execution_count: null } : {}),
      })),
      metadata: { kernelspec: { name: 'k', language }, language_info: { name: language } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

describe('notebooks', () => {
  it('analyzes code cells and puts findings on the .ipynb line and column, with cell and line in the message', () => {
    const json = notebook([
      { type: 'markdown', source: ['# Title\n', 'Some "quoted" text\n'] },
      { type: 'code', source: ['import os\n', 'x = "a\\tb"; eval(x)\n'] },
      { type: 'code', source: ['!pip install requests\n', '%time y = 1\n', 'exec(y)'] },
    ]);
    const result = analyzeText('nb/analysis.ipynb', json, { rules: [pyEval], mode: 'scan' });
    const lines = json.split('\n');
    const found = result.findings.map((f) => ({
      line: f.line,
      text: lines[f.line - 1].slice(f.column - 1, f.endColumn - 1),
      message: f.message,
      snippet: f.snippet,
    }));
    assert.deepEqual(found, [
      {
        line: 16,
        text: 'eval(x)',
        message: '`eval` runs code that is a constant string here: write it as code so it can be reviewed. (cell 2, line 2)',
        snippet: 'x = "a\\tb"; eval(x)',
      },
      { line: 27, text: 'exec(y)', message: '`exec` runs a string as code. (cell 3, line 3)', snippet: 'exec(y)' },
    ]);
    assert.equal(result.notAnalyzed, undefined);
  });

  it('reads every cell, markdown included, with the text rules; JSON escapes map back exactly', () => {
    const json = notebook([{ type: 'markdown', source: ['\\u00e9 "TODO-X" here\n'] }]);
    const result = analyzeText('a.ipynb', json, { rules: [todoRule], mode: 'scan' });
    assert.equal(result.findings.length, 1);
    const f = result.findings[0];
    const line = json.split('\n')[f.line - 1];
    assert.equal(line.slice(f.column - 1, f.endColumn - 1), 'TODO-X');
    assert.equal(f.message, 'marker found (cell 1, line 1)');
  });

  it('a notebook nested too deeply for the JSON parser is flagged, and its text still read', () => {
    const json = `{"cells": [{"cell_type": "code", "source": ["eval(x)"], "metadata": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}]}`;
    const result = analyzeText('deep.ipynb', json, { rules: [pyEval], mode: 'scan' });
    assert.match(result.notAnalyzed?.reason ?? '', /nesting too deep/);
    assert.ok(result.findings.some((f) => f.ruleId === 'airlock/unanalyzed-capability' && f.category === 'dynamic-code'));
  });

  it('flags notebooks it cannot read, and kernels it does not parse', () => {
    const broken = analyzeText('b.ipynb', '{"cells": [', { rules: [pyEval], mode: 'scan' });
    assert.equal(broken.findings[0]?.ruleId, 'airlock/not-analyzed');
    assert.match(broken.findings[0].message, /not valid notebook JSON/);
    const r = analyzeText('r.ipynb', notebook([{ type: 'code', source: ['eval(x)'] }], 'R'), { rules: [pyEval], mode: 'scan' });
    assert.deepEqual(
      r.findings.map((f) => f.message),
      ['Not analyzed: code cells in R, a language Airlock does not parse. Review this file by hand.'],
    );
  });

  it('decodes JSON string escapes with the file offset of every character', () => {
    const json = '"a\\"\\u0041\\n"';
    const decoded = decodeJsonString(json, 0, json.length);
    assert.equal(decoded.value, 'a"A\n');
    assert.deepEqual(decoded.fileOffsets, [1, 2, 4, 10, 12]);
    assert.ok('error' in readNotebook('[]'));
  });
});
