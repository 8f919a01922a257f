#!/usr/bin/env node
'use strict';
const { program } = require('commander');
const { tailFile } = require('../lib/tail');
const { loadConfig } = require('../lib/config');
const { formatLine } = require('../lib/format');

program
  .name('logtail')
  .argument('<file>', 'log file to follow')
  .option('-c, --config <path>', 'config file', '.logtailrc.json')
  .option('-n, --lines <n>', 'initial lines', '20')
  .action(async (file, opts) => {
    const cfg = loadConfig(opts.config);
    for await (const line of tailFile(file, { lines: Number(opts.lines) })) {
      const out = formatLine(line, cfg);
      if (out) process.stdout.write(out + '\n');
    }
  });

program.parseAsync(process.argv);
