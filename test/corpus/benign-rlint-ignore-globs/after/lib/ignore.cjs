'use strict';

const path = require('node:path');
const picomatch = require('picomatch');

/**
 * Build a predicate for absolute paths under `root`.
 * Plain names ("dist") match any path segment; patterns containing glob
 * characters or slashes ("src/**\/*.snap") match the root-relative path.
 */
function createIgnoreMatcher(root, patterns) {
  const names = new Set();
  const globs = [];
  for (const p of patterns) {
    if (/[*?[\]{}/]/.test(p)) globs.push(p);
    else names.add(p);
  }
  const matchGlob = globs.length ? picomatch(globs, { dot: true }) : () => false;
  return (absPath) => {
    const rel = path.relative(root, absPath).split(path.sep).join('/');
    if (rel.split('/').some((segment) => names.has(segment))) return true;
    return matchGlob(rel);
  };
}

module.exports = { createIgnoreMatcher };
