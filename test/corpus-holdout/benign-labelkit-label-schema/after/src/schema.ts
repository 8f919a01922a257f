import type { Item } from './dataset.js';

declare const itemIdBrand: unique symbol;
export type ItemId = string & { readonly [itemIdBrand]: true };

export interface LabelSchema {
  readonly name: string;
  readonly labels: readonly string[];
  readonly aliases?: Readonly<Record<string, string>>;
  readonly allowUnlabeled?: boolean;
}

export type LabelIssue =
  | { kind: 'unknown-label'; id: ItemId; label: string; suggestion?: string }
  | { kind: 'missing-label'; id: ItemId };

export function asItemId(raw: string): ItemId {
  if (!/^[\w.:-]{1,128}$/.test(raw)) throw new TypeError(`Invalid item id: ${raw}`);
  return raw as ItemId;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) dp[0][j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return dp[a.length][b.length];
}

export function normalizeLabel(schema: LabelSchema, label: string): string {
  const lower = label.trim().toLowerCase();
  return schema.aliases?.[lower] ?? lower;
}

export function validateLabels(items: readonly Item[], schema: LabelSchema): LabelIssue[] {
  const allowed = new Set(schema.labels);
  const issues: LabelIssue[] = [];
  for (const item of items) {
    const id = asItemId(item.id);
    if (item.label === undefined) {
      if (!schema.allowUnlabeled) issues.push({ kind: 'missing-label', id });
      continue;
    }
    const label = normalizeLabel(schema, item.label);
    if (allowed.has(label)) continue;
    const suggestion = [...allowed].sort((x, y) => editDistance(label, x) - editDistance(label, y))[0];
    issues.push({ kind: 'unknown-label', id, label: item.label, suggestion });
  }
  return issues;
}
