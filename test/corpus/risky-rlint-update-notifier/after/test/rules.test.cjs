'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { runRules, maxSize, trailingWhitespace, todoComments } = require('../lib/rules.cjs');

test('max-size flags big files', () => {
  const findings = runRules([maxSize(1)], 'big.txt', 'x'.repeat(2048));
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'error');
});

test('trailing-whitespace reports line numbers', () => {
  const findings = runRules([trailingWhitespace], 'a.js', 'ok\nbad  \nok');
  assert.deepEqual(findings.map((f) => f.line), [2]);
});

test('todo-comment captures the text', () => {
  const findings = runRules([todoComments], 'a.js', '// TODO: tidy this up');
  assert.equal(findings[0].message, 'TODO: tidy this up');
});
