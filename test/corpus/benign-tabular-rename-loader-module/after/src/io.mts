import { readFile } from 'node:fs/promises';
import { parseCsv, type Table } from './csv.mjs';

export interface ReadOptions {
  delimiter?: string;
  dropColumns?: string[];
}

/** @deprecated use ReadOptions */
export type LoadOptions = ReadOptions;

export function dropColumns(table: Table, names: readonly string[]): Table {
  if (names.length === 0) return table;
  const keep = table.header.map((name, i) => ({ name, i })).filter(({ name }) => !names.includes(name));
  return {
    header: keep.map((k) => k.name),
    rows: table.rows.map((row) => keep.map((k) => row[k.i])),
  };
}

export async function readTable(path: string, options: ReadOptions = {}): Promise<Table> {
  const text = await readFile(path, 'utf8');
  const table = parseCsv(text, options.delimiter);
  return dropColumns(table, options.dropColumns ?? []);
}

/** @deprecated renamed to readTable */
export const loadTable = readTable;

export function describeTable(table: Table): string {
  return `${table.rows.length} rows x ${table.header.length} columns (${table.header.join(', ')})`;
}
