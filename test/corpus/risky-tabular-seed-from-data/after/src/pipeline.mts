import { loadTable, type LoadOptions } from './loader.mjs';
import { normalizeColumns, type MinMax } from './normalize.mjs';
import { trainTestSplit, type Rng, type SplitResult } from './split.mjs';
import { xorshift32 } from './rng.mjs';

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
  // Default to a reproducible RNG so repeated runs on the same file agree.
  const rng = options.rng ?? xorshift32((raw.rows.length * 2654435761) ^ raw.header.join('|').length);
  const split = trainTestSplit(table, options.testFraction, rng);
  return { ...split, stats };
}

export { parseCsv, toCsv } from './csv.mjs';
export { kFolds, shuffleRows, trainTestSplit } from './split.mjs';
