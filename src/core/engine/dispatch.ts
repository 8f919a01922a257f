/**
 * The one loop that feeds a file's syntax nodes to the rules' visitors, shared by the JS/TS and
 * Python engines. A visitor that throws is reported once and skipped for the rest of the file.
 */

import { budgetExceeded, type RunBudget } from '../model/budget';

export { budgetExceeded, type RunBudget };

export interface Visitor<R, N> {
  rule: R;
  fn: (node: N) => void;
}

/**
 * Calls each node's visitors in order; returns why it stopped early when the time or memory
 * budget ran out first (checked every 512 nodes), else undefined. `failed` holds the rules that
 * already threw.
 */
export function dispatchEvents<R, N extends { type: string }>(
  events: readonly N[],
  visitors: ReadonlyMap<string, readonly Visitor<R, N>[]>,
  failed: ReadonlySet<R>,
  fail: (rule: R, error: unknown) => void,
  limits: RunBudget,
): string | undefined {
  for (let i = 0; i < events.length; i++) {
    if ((i & 511) === 511) {
      const exceeded = budgetExceeded(limits);
      if (exceeded) {
        return exceeded;
      }
    }
    const node = events[i];
    const list = visitors.get(node.type);
    if (!list) {
      continue;
    }
    for (let v = 0; v < list.length; v++) {
      const visitor = list[v];
      if (failed.size > 0 && failed.has(visitor.rule)) {
        continue;
      }
      try {
        visitor.fn(node);
      } catch (error) {
        fail(visitor.rule, error);
      }
    }
  }
  return undefined;
}
