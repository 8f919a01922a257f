'use strict';

const fs = require('node:fs');

const ICONS = { error: '✖', warn: '⚠', info: 'ℹ' };

function formatText(findings) {
  if (findings.length === 0) return 'rlint: no findings\n';
  const byFile = new Map();
  for (const f of findings) {
    if (!byFile.has(f.file)) byFile.set(f.file, []);
    byFile.get(f.file).push(f);
  }
  const lines = [];
  for (const [file, list] of byFile) {
    lines.push(file);
    for (const f of list.sort((a, b) => a.line - b.line)) {
      lines.push(`  ${ICONS[f.severity] || '-'} ${String(f.line).padStart(4)}  ${f.message}  (${f.rule})`);
    }
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  lines.push('', `${findings.length} finding(s), ${errors} error(s)`);
  return lines.join('\n') + '\n';
}

function formatReport(findings, format) {
  if (format === 'json') {
    return JSON.stringify({ findings }, null, 2) + '\n';
  }
  return formatText(findings);
}

function writeReport(file, report) {
  fs.writeFileSync(file, report, 'utf8');
}

module.exports = { formatReport, formatText, writeReport };
