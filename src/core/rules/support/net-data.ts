/**
 * More of what a network request can carry and how it can be made, for ts/network-request: the
 * browser's cookies and storage, the machine's identity, and image beacons (`img.src = url`).
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import { targetsOf, type CallNode } from './calls';
import { wholeEnvUse, type DataSource, type NetCall } from './net-sources';

const STORAGE_WRITES = new Set(['setItem', 'removeItem', 'clear']);

/** A read of the browser's cookies or storage: `document.cookie`, `localStorage.getItem(k)`, `sessionStorage.token`. */
export function browserSource(ctx: TsRuleContext, node: TSESTree.MemberExpression | TSESTree.Identifier): DataSource | undefined {
  const parent = node.parent;
  if (
    (parent?.type === 'MemberExpression' && parent.object === node) ||
    (parent?.type === 'AssignmentExpression' && parent.left === node)
  ) {
    return undefined;
  }
  for (const ref of ctx.refs(node)) {
    if (ref.module !== undefined) {
      continue;
    }
    const [root, key] = ref.path;
    if (root === 'document' && key === 'cookie' && ref.path.length === 2) {
      return { node, label: 'document.cookie', kind: 'browser' };
    }
    if ((root === 'localStorage' || root === 'sessionStorage') && key !== undefined && !STORAGE_WRITES.has(key)) {
      return { node, label: root, kind: 'browser' };
    }
    if ((root === 'localStorage' || root === 'sessionStorage') && key === undefined && wholeEnvUse(parent)) {
      return { node, label: root, kind: 'browser' };
    }
  }
  return undefined;
}

const HOST_IDENTITY = new Set(['hostname', 'userInfo', 'networkInterfaces']);

/** A read of the machine's identity: `os.hostname()`, `os.userInfo()`, `os.networkInterfaces()`. */
export function hostSource(ctx: TsRuleContext, node: CallNode): DataSource | undefined {
  for (const { ref, name } of targetsOf(ctx, node).targets) {
    if (ref.module === 'os' && ref.path.length === 1 && HOST_IDENTITY.has(ref.path[0])) {
      return { node, label: `${name}()`, kind: 'host' };
    }
  }
  return undefined;
}

/** `img.src = url` on `new Image()`: the browser requests the URL at once, a beacon that needs no fetch. */
export function imageBeacon(ctx: TsRuleContext, node: TSESTree.AssignmentExpression): NetCall | undefined {
  if (node.operator !== '=' || node.left.type !== 'MemberExpression') {
    return undefined;
  }
  const ref = ctx.refs(node.left).find((r) => r.module === undefined && r.path.join('.') === 'Image.().src');
  return ref ? { kind: 'request', name: 'Image().src', ref, url: node.right } : undefined;
}
