import type { Table } from './csv.mjs';

export interface MinMax {
  min: number;
  max: number;
}

export function numericColumn(table: Table, idx: number): number[] {
  return table.rows.map((row, r) => {
    const v = Number(row[idx]);
    if (!Number.isFinite(v)) {
      throw new Error(`row ${r + 1}, column ${table.header[idx]}: "${row[idx]}" is not numeric`);
    }
    return v;
  });
}

export function fitMinMax(values: readonly number[]): MinMax {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

export function applyMinMax(values: readonly number[], { min, max }: MinMax): number[] {
  const range = max - min;
  if (range === 0) return values.map(() => 0);
  return values.map((v) => (v - min) / range);
}

export function normalizeColumns(table: Table, columns: readonly string[]): { table: Table; stats: Record<string, MinMax> } {
  const stats: Record<string, MinMax> = {};
  const rows = table.rows.map((r) => r.slice());
  for (const name of columns) {
    const idx = table.header.indexOf(name);
    if (idx === -1) throw new Error(`unknown column "${name}"`);
    const values = numericColumn(table, idx);
    stats[name] = fitMinMax(values);
    applyMinMax(values, stats[name]).forEach((v, r) => {
      rows[r][idx] = v.toFixed(6);
    });
  }
  return { table: { header: table.header, rows }, stats };
}
