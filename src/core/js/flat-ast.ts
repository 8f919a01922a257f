/**
 * A syntax tree as a flat list, so that a tree nested 100,000 levels deep can cross between
 * threads: structured cloning (and JSON) recurse once per level and would overflow the stack,
 * while a list of shallow nodes whose children are indices does not. Both directions are loops.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';

/** A child reference in a flat node: the index of the child in the list. */
interface Ref {
  $node: number;
}

export type FlatNode = Record<string, unknown>;

function isNode(value: unknown): value is Record<string, unknown> & { type: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string';
}

function isRef(value: unknown): value is Ref {
  return typeof value === 'object' && value !== null && typeof (value as Ref).$node === 'number';
}

/** The tree as a list: index 0 is the root; every node's node-valued fields become `{ $node: i }`. */
export function flattenAst(root: TSESTree.Program): FlatNode[] {
  const index = new Map<object, number>();
  const out: FlatNode[] = [];
  const work: object[] = [root];
  index.set(root, 0);
  out.push({});
  const refer = (value: unknown): unknown => {
    if (!isNode(value)) {
      return value;
    }
    let at = index.get(value);
    if (at === undefined) {
      at = out.length;
      index.set(value, at);
      out.push({});
      work.push(value);
    }
    return { $node: at };
  };
  while (work.length > 0) {
    const node = work.pop() as Record<string, unknown>;
    const flat = out[index.get(node) as number];
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') {
        continue;
      }
      flat[key] = Array.isArray(value) ? value.map(refer) : refer(value);
    }
  }
  return out;
}

/** The tree back from its list (`parent` links are left to the model, which sets them). */
export function unflattenAst(list: FlatNode[]): TSESTree.Program {
  const resolve = (value: unknown): unknown => (isRef(value) ? list[value.$node] : value);
  for (const node of list) {
    for (const [key, value] of Object.entries(node)) {
      node[key] = Array.isArray(value) ? value.map(resolve) : resolve(value);
    }
  }
  return list[0] as unknown as TSESTree.Program;
}
