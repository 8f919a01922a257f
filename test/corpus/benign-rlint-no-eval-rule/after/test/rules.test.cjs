'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { runRules, maxSize, trailingWhitespace, todoComments, noEval } = require('../lib/rules.cjs');

test('max-size flags big files', () => {
  const findings = runRules([maxSize(1)], 'big.txt', 'x'.repeat(2048));
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'error');
});

test('trailing-whitespace reports line numbers', () => {
  const findings = runRules([trailingWhitespace], 'a.js', 'ok\nbad  \nok');
  assert.deepEqual(findings.map((f) => f.line), [2]);
});

test('no-eval flags eval, new Function and string timers', () => {
  const source = [
    'const a = eval("1 + 1");',
    'const f = new Function("x", "return x");',
    "setTimeout('tick()', 10);",
    'const ok = evaluate(x) + retrieval(y);',
    'schema.eval(input);',
    '// eval( is fine in comments',
  ].join('\n');
  const findings = runRules([noEval], 'src/a.js', source);
  assert.deepEqual(findings.map((f) => f.line), [1, 2, 3]);
});

test('no-eval ignores non-code files', () => {
  assert.deepEqual(runRules([noEval], 'README.md', 'call eval("x")'), []);
});

test('todo-comment captures the text', () => {
  const findings = runRules([todoComments], 'a.js', '// TODO: tidy this up');
  assert.equal(findings[0].message, 'TODO: tidy this up');
});
