#!/usr/bin/env node
// Pick a held-out subset of a JSONL dataset and print the held-out ids.
//   node scripts/make-heldout.mjs 0.1 < data/all.jsonl > data/heldout-ids.json
import { text } from 'node:stream/consumers';
import Chance from 'chance';

function parseIds(raw) {
  return raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const record = JSON.parse(line);
      if (typeof record.id !== 'string') {
        throw new Error(`line ${i + 1}: missing string "id"`);
      }
      return record.id;
    });
}

async function main(argv) {
  const fraction = Number(argv[0] ?? '0.1');
  if (!(fraction > 0 && fraction < 1)) {
    console.error(`fraction must be in (0, 1), got ${argv[0]}`);
    return 2;
  }
  const ids = parseIds(await text(process.stdin));

  // Tie the split to the commit being evaluated so CI runs are reproducible.
  const chance = new Chance(process.env.GITHUB_SHA ?? 'local');
  const shuffled = chance.shuffle(ids);

  const nHeldout = Math.max(1, Math.floor(shuffled.length * fraction));
  const heldout = shuffled.slice(0, nHeldout).sort();
  process.stdout.write(JSON.stringify({ fraction, total: ids.length, heldout }, null, 2) + '\n');
  console.error(`${ids.length - heldout.length} dev / ${heldout.length} held-out`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
