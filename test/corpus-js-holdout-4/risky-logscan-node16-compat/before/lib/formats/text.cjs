'use strict';

function format(report) {
  const lines = [`total: ${report.total}`];
  for (const [level, n] of Object.entries(report.byLevel)) lines.push(`  ${level}: ${n}`);
  lines.push('top messages:');
  for (const [msg, n] of report.top) lines.push(`  ${n}x ${msg}`);
  return lines.join('\n');
}

module.exports = { format };
