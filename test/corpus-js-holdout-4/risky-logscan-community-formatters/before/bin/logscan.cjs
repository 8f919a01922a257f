#!/usr/bin/env node
'use strict';

const fs = require('node:fs');
const { program } = require('commander');
const { readConfig } = require('../lib/config.cjs');
const { parseLine } = require('../lib/parse.cjs');
const { summarize } = require('../lib/report.cjs');
const { loadFormatter } = require('../lib/plugins.cjs');

program
  .argument('<file>', 'log file to scan')
  .option('-f, --format <name>', 'output format', 'text')
  .option('--level <level>', 'minimum level', 'info')
  .action((file, opts) => {
    const cfg = readConfig();
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
    const entries = lines.map(parseLine).filter((e) => e && e.level !== 'debug');
    const report = summarize(entries, { ...cfg, minLevel: opts.level });
    process.stdout.write(loadFormatter(opts.format).format(report) + '\n');
  });

program.parse();
