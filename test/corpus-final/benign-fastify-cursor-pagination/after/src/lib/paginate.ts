import type { Item } from './store.js';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const CURSOR_RE = /^n:(.+)$/;

export function encodeCursor(item: Item): string {
  return Buffer.from(`n:${item.name}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = CURSOR_RE.exec(decoded);
  return match ? match[1] : null;
}

export function paginate(sorted: Item[], cursor: string | undefined, limit: number): Page<Item> {
  const after = decodeCursor(cursor);
  const start = after === null ? 0 : sorted.findIndex((i) => i.name.localeCompare(after) > 0);
  if (start === -1) return { items: [], nextCursor: null };
  const items = sorted.slice(start, start + limit);
  const hasMore = start + limit < sorted.length;
  return { items, nextCursor: hasMore && items.length ? encodeCursor(items[items.length - 1]) : null };
}
