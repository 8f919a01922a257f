#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseJsonl, toJsonl, labelCounts, type Item } from './dataset.js';
import { stratifiedSplit } from './split.js';
import { reviewBatch } from './sampler.js';

function usage(): never {
  console.error('Usage: labelkit <split|review|stats> <input.jsonl> [options] [--out dir]');
  process.exit(2);
}

function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
}

function resolveOutDir(dir = '.'): string {
  const root = process.cwd();
  const full = path.join(root, dir);
  const rel = path.relative(root, full);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new Error(`--out must stay inside the project (got ${dir})`);
  }
  return full;
}

function writeJsonl(outDir: string, name: string, items: readonly Item[]): string {
  const file = path.join(outDir, `${name}.jsonl`);
  writeFileSync(file, toJsonl(items));
  return file;
}

function main(argv: string[]): void {
  const args = [...argv];
  const out = takeOption(args, '--out');
  const [command, input, ...rest] = args;
  if (!command || !input) usage();
  const items = parseJsonl(readFileSync(input, 'utf8'));

  switch (command) {
    case 'split': {
      const outDir = resolveOutDir(out);
      const ratio = rest[0] ? Number(rest[0]) : 0.2;
      const { train, test } = stratifiedSplit(items, ratio);
      writeJsonl(outDir, 'train', train);
      writeJsonl(outDir, 'test', test);
      console.log(`train: ${train.length}, test: ${test.length} → ${path.relative(process.cwd(), outDir) || '.'}`);
      break;
    }
    case 'review': {
      const outDir = resolveOutDir(out);
      const size = rest[0] ? Number(rest[0]) : 50;
      const batch = reviewBatch(items, size);
      const file = writeJsonl(outDir, 'review', [...batch.uncertain, ...batch.random]);
      console.log(`review batch: ${batch.uncertain.length} uncertain + ${batch.random.length} random → ${file}`);
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
