#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { migrateUp, migrateDown, status } from '../src/runner.mjs';
import { log } from '../src/log.mjs';

const USAGE = `Usage: pgshift <up|down|status> [--dir migrations] [--steps N]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: 'migrations' },
    steps: { type: 'string', default: '1' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const [command] = positionals;
if (values.help || !command) {
  console.log(USAGE);
  process.exit(command ? 0 : 1);
}

const options = { dir: values.dir, steps: Number.parseInt(values.steps, 10) };

try {
  if (command === 'up') {
    const applied = await migrateUp(options);
    log.success(`Applied ${applied.length} migration(s)`);
  } else if (command === 'down') {
    const reverted = await migrateDown(options);
    log.success(`Reverted ${reverted.length} migration(s)`);
  } else if (command === 'status') {
    const rows = await status(options);
    for (const row of rows) {
      console.log(`${row.applied ? '✔' : '·'} ${row.version} ${row.name}`);
    }
  } else {
    log.error(`Unknown command: ${command}`);
    console.log(USAGE);
    process.exitCode = 1;
  }
} catch (err) {
  log.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
