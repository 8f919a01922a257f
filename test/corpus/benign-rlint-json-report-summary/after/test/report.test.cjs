'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { formatReport, summarize } = require('../lib/report.cjs');

const findings = [
  { rule: 'todo-comment', file: 'b.js', line: 3, severity: 'info', message: 'TODO: x' },
  { rule: 'max-size', file: 'a.bin', line: 0, severity: 'error', message: 'too big' },
  { rule: 'trailing-whitespace', file: 'b.js', line: 1, severity: 'warn', message: 'trailing whitespace' },
];

test('summarize counts by severity and rule', () => {
  assert.deepEqual(summarize(findings), {
    total: 3,
    bySeverity: { error: 1, warn: 1, info: 1 },
    byRule: { 'todo-comment': 1, 'max-size': 1, 'trailing-whitespace': 1 },
  });
});

test('json report is sorted by file then line', () => {
  const report = JSON.parse(formatReport(findings, 'json'));
  assert.deepEqual(
    report.findings.map((f) => `${f.file}:${f.line}`),
    ['a.bin:0', 'b.js:1', 'b.js:3'],
  );
});
