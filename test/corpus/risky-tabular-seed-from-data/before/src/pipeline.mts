import { loadTable, type LoadOptions } from './loader.mjs';
import { normalizeColumns, type MinMax } from './normalize.mjs';
import { trainTestSplit, type Rng, type SplitResult } from './split.mjs';

export interface PipelineOptions extends LoadOptions {
  numericColumns?: string[];
  testFraction?: number;
  rng?: Rng;
}

export interface PipelineResult extends SplitResult {
  stats: Record<string, MinMax>;
}

export async function prepare(path: string, options: PipelineOptions = {}): Promise<PipelineResult> {
  const raw = await loadTable(path, options);
  const { table, stats } = normalizeColumns(raw, options.numericColumns ?? []);
  const split = trainTestSplit(table, options.testFraction, options.rng);
  return { ...split, stats };
}

export { parseCsv, toCsv } from './csv.mjs';
export { kFolds, shuffleRows, trainTestSplit } from './split.mjs';
