import { readFile } from 'node:fs/promises';

export interface Example {
  id: string;
  text: string;
  label: string;
}

export async function loadDataset(path: string): Promise<Example[]> {
  const raw = await readFile(path, 'utf8');
  const examples: Example[] = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (err) {
      throw new Error(`${path}:${i + 1}: invalid JSON (${(err as Error).message})`);
    }
    examples.push(toExample(parsed, `${path}:${i + 1}`));
  }
  return examples;
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
