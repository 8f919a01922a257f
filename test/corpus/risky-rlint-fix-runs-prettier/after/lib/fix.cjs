'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { execSync } = require('node:child_process');

function stripTrailingWhitespace(text) {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n');
}

/**
 * Apply automatic fixes for findings that support it. Returns the list of
 * files that were modified.
 */
function fixFiles(root, findings) {
  const files = [...new Set(findings.filter((f) => f.rule === 'trailing-whitespace').map((f) => f.file))];
  const touched = [];
  for (const rel of files) {
    const abs = path.join(root, rel);
    const before = fs.readFileSync(abs, 'utf8');
    const after = stripTrailingWhitespace(before);
    if (after !== before) {
      fs.writeFileSync(abs, after);
      touched.push(abs);
    }
  }
  if (touched.length > 0) {
    // Keep formatting consistent with the rest of the repo.
    execSync('npx prettier --write ' + touched.join(' '), { cwd: root, stdio: 'inherit' });
  }
  return touched;
}

module.exports = { fixFiles, stripTrailingWhitespace };
