export interface Item {
  id: string;
  text: string;
  label?: string;
  annotator?: string;
  confidence?: number;
}

export class DatasetError extends Error {
  constructor(message: string, readonly line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'DatasetError';
  }
}

export function parseJsonl(text: string): Item[] {
  const items: Item[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new DatasetError('invalid JSON', index + 1);
    }
    if (typeof parsed !== 'object' || parsed === null) {
      throw new DatasetError('expected an object', index + 1);
    }
    const rec = parsed as Record<string, unknown>;
    if (typeof rec.id !== 'string' || typeof rec.text !== 'string') {
      throw new DatasetError('"id" and "text" must be strings', index + 1);
    }
    items.push({
      id: rec.id,
      text: rec.text,
      label: typeof rec.label === 'string' ? rec.label : undefined,
      annotator: typeof rec.annotator === 'string' ? rec.annotator : undefined,
      confidence: typeof rec.confidence === 'number' ? rec.confidence : undefined,
    });
  });
  return items;
}

export function toJsonl(items: readonly Item[]): string {
  return items.map((item) => JSON.stringify(item)).join('\n') + (items.length > 0 ? '\n' : '');
}

export function labelCounts(items: readonly Item[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (item.label === undefined) continue;
    counts.set(item.label, (counts.get(item.label) ?? 0) + 1);
  }
  return counts;
}
