export interface FileChange {
  filename: string;
  additions: number;
  deletions: number;
}

export interface Thresholds {
  xs: number;
  s: number;
  m: number;
  l: number;
}

export type SizeName = 'XS' | 'S' | 'M' | 'L' | 'XL';

export interface SizeResult {
  total: number;
  size: SizeName;
  label: string;
}

export function totalLines(changes: readonly FileChange[]): number {
  return changes.reduce((sum, c) => sum + c.additions + c.deletions, 0);
}

export function sizeFor(total: number, t: Thresholds): SizeName {
  if (total <= t.xs) return 'XS';
  if (total <= t.s) return 'S';
  if (total <= t.m) return 'M';
  if (total <= t.l) return 'L';
  return 'XL';
}

export function classify(changes: readonly FileChange[], t: Thresholds, prefix = 'size/'): SizeResult {
  const total = totalLines(changes);
  const size = sizeFor(total, t);
  return { total, size, label: `${prefix}${size}` };
}
