import { readTable, type ReadOptions } from './io.mjs';
import { normalizeColumns, type MinMax } from './normalize.mjs';
import { trainTestSplit, type Rng, type SplitResult } from './split.mjs';

export interface PipelineOptions extends ReadOptions {
  numericColumns?: string[];
  testFraction?: number;
  rng?: Rng;
}

export interface PipelineResult extends SplitResult {
  stats: Record<string, MinMax>;
}

export async function prepare(path: string, options: PipelineOptions = {}): Promise<PipelineResult> {
  const raw = await readTable(path, options);
  const { table, stats } = normalizeColumns(raw, options.numericColumns ?? []);
  const split = trainTestSplit(table, options.testFraction, options.rng);
  return { ...split, stats };
}

export { parseCsv, toCsv } from './csv.mjs';
export { describeTable, dropColumns, readTable } from './io.mjs';
export { kFolds, shuffleRows, trainTestSplit } from './split.mjs';
