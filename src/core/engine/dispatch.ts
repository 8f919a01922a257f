/**
 * The one loop that feeds a file's syntax nodes to the rules' visitors, shared by the JS/TS and
 * Python engines. A visitor that throws is reported once and skipped for the rest of the file.
 */

export interface Visitor<R, N> {
  rule: R;
  fn: (node: N) => void;
}

/**
 * Calls each node's visitors in order; returns false when the deadline passed first (checked
 * every 512 nodes). `failed` holds the rules that already threw.
 */
export function dispatchEvents<R, N extends { type: string }>(
  events: readonly N[],
  visitors: ReadonlyMap<string, readonly Visitor<R, N>[]>,
  failed: ReadonlySet<R>,
  fail: (rule: R, error: unknown) => void,
  limits: { deadline: number; now: () => number },
): boolean {
  for (let i = 0; i < events.length; i++) {
    if ((i & 511) === 511 && limits.now() > limits.deadline) {
      return false;
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
  return true;
}
