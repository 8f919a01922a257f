import type { Table } from './csv.mjs';

export interface MinMax {
  min: number;
  max: number;
}

export interface ZScore {
  mean: number;
  std: number;
}

export type ScalerStats = MinMax | ZScore;

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

export function fitZScore(values: readonly number[]): ZScore {
  if (values.length === 0) return { mean: 0, std: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((acc, v) => acc + (v - mean) ** 2, 0) / values.length;
  return { mean, std: Math.sqrt(variance) };
}

export function applyZScore(values: readonly number[], { mean, std }: ZScore): number[] {
  if (std === 0) return values.map(() => 0);
  return values.map((v) => (v - mean) / std);
}

export function normalizeColumns(
  table: Table,
  columns: readonly string[],
  method: 'minmax' | 'zscore' = 'minmax',
): { table: Table; stats: Record<string, ScalerStats> } {
  const stats: Record<string, ScalerStats> = {};
  const rows = table.rows.map((r) => r.slice());
  for (const name of columns) {
    const idx = table.header.indexOf(name);
    if (idx === -1) throw new Error(`unknown column "${name}"`);
    const values = numericColumn(table, idx);
    let scaled: number[];
    if (method === 'zscore') {
      const fitted = fitZScore(values);
      stats[name] = fitted;
      scaled = applyZScore(values, fitted);
    } else {
      const fitted = fitMinMax(values);
      stats[name] = fitted;
      scaled = applyMinMax(values, fitted);
    }
    scaled.forEach((v, r) => {
      rows[r][idx] = v.toFixed(6);
    });
  }
  return { table: { header: table.header, rows }, stats };
}
