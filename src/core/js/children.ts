/**
 * Child nodes by the parser's own visitor keys: one definition of "the children of a node" for
 * every sub-walk a rule makes (faster than enumerating properties, and never climbs to `parent`).
 */
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type { Node } from './scope';

/** Pushes a node's children onto a stack (the last child on top, so pops come in source order). */
export function pushChildren(stack: Node[], node: Node): void {
  const keys = visitorKeys[node.type];
  if (!keys) {
    return;
  }
  for (let k = keys.length - 1; k >= 0; k--) {
    const value = (node as unknown as Record<string, unknown>)[keys[k]];
    if (value === null || typeof value !== 'object') {
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const child = value[i] as Node | null;
        if (child && typeof child.type === 'string') {
          stack.push(child);
        }
      }
    } else if (typeof (value as Node).type === 'string') {
      stack.push(value as Node);
    }
  }
}

/** Calls `visit` on each child of a node, in source order; stops when it returns true. */
export function someChild(node: Node, visit: (child: Node) => boolean): boolean {
  const keys = visitorKeys[node.type];
  if (!keys) {
    return false;
  }
  for (const key of keys) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (value === null || typeof value !== 'object') {
      continue;
    }
    if (Array.isArray(value)) {
      for (const child of value as (Node | null)[]) {
        if (child && typeof child.type === 'string' && visit(child)) {
          return true;
        }
      }
    } else if (typeof (value as Node).type === 'string' && visit(value as Node)) {
      return true;
    }
  }
  return false;
}
