/** Line bookkeeping shared by the configuration diff rules. */
import type { LineChanges } from '../../diff/lines';

/** The first new-side line a change touched. */
export function firstLine(changes: LineChanges): number | undefined {
  let first = Number.POSITIVE_INFINITY;
  for (const n of changes.added) {
    first = Math.min(first, n);
  }
  for (const r of changes.removed) {
    first = Math.min(first, r.anchor);
  }
  return Number.isFinite(first) ? first : undefined;
}
