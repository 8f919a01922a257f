#!/usr/bin/env node
'use strict';
const { program } = require('commander');
const { tailFile } = require('../lib/tail');
const { loadConfig } = require('../lib/config');
const { formatLine, parse } = require('../lib/format');
const { loadPlugins, buildFilter } = require('../lib/plugins');

program
  .name('logtail')
  .argument('<file>', 'log file to follow')
  .option('-c, --config <path>', 'config file', '.logtailrc.json')
  .option('-n, --lines <n>', 'initial lines', '20')
  .action(async (file, opts) => {
    const cfg = loadConfig(opts.config);
    const plugins = loadPlugins(cfg);
    const keep = buildFilter(cfg);
    for await (const line of tailFile(file, { lines: Number(opts.lines) })) {
      if (!keep(parse(line))) continue;
      const out = plugins.reduce((l, p) => (p.transform ? p.transform(l) : l), formatLine(line, cfg));
      if (out) process.stdout.write(out + '\n');
    }
  });

program.parseAsync(process.argv);
