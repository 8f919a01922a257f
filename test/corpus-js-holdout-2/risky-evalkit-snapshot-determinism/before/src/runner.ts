import { readFile } from 'node:fs/promises';
import { sampleBatch, type Example } from './sampler.js';
import { exactMatch, summarize, type Score, type Summary } from './metrics.js';

export interface RunOptions {
  datasetPath: string;
  batchSize: number;
  model: (prompt: string) => Promise<string>;
}

export async function loadDataset(path: string): Promise<Example[]> {
  const raw = await readFile(path, 'utf8');
  return raw
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Example);
}

export async function run(opts: RunOptions): Promise<Summary> {
  const pool = await loadDataset(opts.datasetPath);
  const batch = sampleBatch(pool, opts.batchSize);
  const scores: Score[] = [];
  for (const ex of batch) {
    const output = await opts.model(ex.prompt);
    scores.push({ id: ex.id, value: exactMatch(output, ex.expected) });
  }
  return summarize(scores);
}
