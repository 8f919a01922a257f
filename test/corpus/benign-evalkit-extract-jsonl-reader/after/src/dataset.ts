import { readJsonl } from './io/jsonl.js';

export interface Example {
  id: string;
  text: string;
  label: string;
}

export function loadDataset(path: string): Promise<Example[]> {
  return readJsonl(path, toExample);
}

function toExample(value: unknown, where: string): Example {
  if (typeof value !== 'object' || value === null) {
    throw new Error(`${where}: expected an object`);
  }
  const record = value as Record<string, unknown>;
  const { id, text, label } = record;
  if (typeof id !== 'string' || typeof text !== 'string' || typeof label !== 'string') {
    throw new Error(`${where}: expected string fields id, text and label`);
  }
  return { id, text, label };
}

export function labelCounts(examples: readonly Example[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ex of examples) {
    counts.set(ex.label, (counts.get(ex.label) ?? 0) + 1);
  }
  return counts;
}
