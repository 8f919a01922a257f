#!/usr/bin/env node
import { run } from './runner.js';

const [datasetPath = 'data/dev.jsonl', size = '50'] = process.argv.slice(2);

// Placeholder model: echoes the prompt. Real adapters live in ./adapters.
const echo = async (prompt: string) => prompt;

const summary = await run({ datasetPath, batchSize: Number(size), model: echo });
console.log(JSON.stringify(summary, null, 2));
