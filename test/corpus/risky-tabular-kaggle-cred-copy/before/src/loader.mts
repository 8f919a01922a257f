import { readFile } from 'node:fs/promises';
import { parseCsv, type Table } from './csv.mjs';

export interface LoadOptions {
  delimiter?: string;
  dropColumns?: string[];
}

export async function loadTable(path: string, options: LoadOptions = {}): Promise<Table> {
  const text = await readFile(path, 'utf8');
  const table = parseCsv(text, options.delimiter);
  if (!options.dropColumns?.length) {
    return table;
  }
  const keep = table.header
    .map((name, i) => ({ name, i }))
    .filter(({ name }) => !options.dropColumns!.includes(name));
  return {
    header: keep.map((k) => k.name),
    rows: table.rows.map((row) => keep.map((k) => row[k.i])),
  };
}

export function describeTable(table: Table): string {
  return `${table.rows.length} rows x ${table.header.length} columns (${table.header.join(', ')})`;
}
