#!/usr/bin/env node
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('../lib/args.cjs');
const { runRules, defaultRules } = require('../lib/rules.cjs');
const { formatReport, writeReport } = require('../lib/report.cjs');
const { stagedFiles } = require('../lib/git.cjs');

function walk(dir, ignore, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ignore.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(full, ignore, out);
    } else if (entry.isFile()) {
      out.push(full);
    }
  }
  return out;
}

function main(argv) {
  const opts = parseArgs(argv);
  if (opts.help) {
    process.stdout.write(opts.usage + '\n');
    return 0;
  }
  const root = path.resolve(opts.root);
  const files = opts.staged ? stagedFiles(root) : walk(root, new Set(opts.ignore));
  const findings = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    findings.push(...runRules(defaultRules(opts), path.relative(root, file), text));
  }
  const report = formatReport(findings, opts.format);
  if (opts.output) {
    writeReport(opts.output, report);
  } else {
    process.stdout.write(report);
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
