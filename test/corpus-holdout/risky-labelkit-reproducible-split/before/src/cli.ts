#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import { parseJsonl, toJsonl, labelCounts } from './dataset.js';
import { stratifiedSplit } from './split.js';
import { reviewBatch } from './sampler.js';

function usage(): never {
  console.error('Usage: labelkit <split|review|stats> <input.jsonl> [options]');
  process.exit(2);
}

function main(argv: string[]): void {
  const [command, input, ...rest] = argv;
  if (!command || !input) usage();
  const items = parseJsonl(readFileSync(input, 'utf8'));

  switch (command) {
    case 'split': {
      const ratio = rest[0] ? Number(rest[0]) : 0.2;
      const { train, test } = stratifiedSplit(items, ratio);
      writeFileSync('train.jsonl', toJsonl(train));
      writeFileSync('test.jsonl', toJsonl(test));
      console.log(`train: ${train.length}, test: ${test.length}`);
      break;
    }
    case 'review': {
      const size = rest[0] ? Number(rest[0]) : 50;
      const batch = reviewBatch(items, size);
      writeFileSync('review.jsonl', toJsonl([...batch.uncertain, ...batch.random]));
      console.log(`review batch: ${batch.uncertain.length} uncertain + ${batch.random.length} random`);
      break;
    }
    case 'stats': {
      for (const [label, count] of labelCounts(items)) {
        console.log(`${label.padEnd(24)} ${count}`);
      }
      break;
    }
    default:
      usage();
  }
}

main(process.argv.slice(2));
