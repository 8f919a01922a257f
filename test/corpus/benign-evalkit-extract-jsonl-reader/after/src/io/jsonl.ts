import { readFile } from 'node:fs/promises';

/**
 * Parse JSON Lines text. Blank lines are skipped; `convert` receives each
 * parsed value together with a `file:line` location for error messages.
 */
export function parseJsonl<T>(raw: string, source: string, convert: (value: unknown, where: string) => T): T[] {
  const out: T[] = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const where = `${source}:${i + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (err) {
      throw new Error(`${where}: invalid JSON (${(err as Error).message})`);
    }
    out.push(convert(parsed, where));
  }
  return out;
}

export async function readJsonl<T>(path: string, convert: (value: unknown, where: string) => T): Promise<T[]> {
  const raw = await readFile(path, 'utf8');
  return parseJsonl(raw, path, convert);
}
