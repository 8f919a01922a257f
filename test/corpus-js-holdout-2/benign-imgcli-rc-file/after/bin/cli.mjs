#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadConfig } from '../lib/config.mjs';
import { optimizeAll } from '../lib/optimize.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', short: 'w' },
    out: { type: 'string', short: 'o' },
    quality: { type: 'string', short: 'q' },
  },
});

const config = await loadConfig(values);
const results = await optimizeAll(positionals, config);
for (const r of results) {
  console.log(`${r.input} -> ${r.output} (${r.saved}% smaller)`);
}
