/**
 * Settings that weaken every connection rather than make one: TLS certificate checks turned off
 * (`rejectUnauthorized: false`, `NODE_TLS_REJECT_UNAUTHORIZED=0`) and proxies set for the whole
 * process (`process.env.HTTPS_PROXY = ...`). Pure AST and constant folding: nothing is resolved
 * over the network.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';

export interface TransportHit {
  node: Node;
  messageId: 'tlsOff' | 'tlsOffGlobal' | 'proxy';
  /** The code that does it, clipped. */
  code: string;
  url?: string;
}

const TLS_OPTIONS = new Set(['rejectUnauthorized', 'strictSSL', 'verifySsl', 'verifySSL', 'sslVerify']);
const PROXY_VARS = /^(https?_proxy|all_proxy|global_agent_http_proxy)$/i;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

function isFalse(ctx: TsRuleContext, node: Node): boolean {
  if (node.type === 'Literal') {
    return node.value === false || node.value === 0;
  }
  return node.type === 'UnaryExpression' && node.operator === '!' && node.argument.type === 'Literal' && node.argument.value === 1;
}

function keyName(node: TSESTree.Property | TSESTree.MemberExpression): string | undefined {
  const key = node.type === 'Property' ? node.key : node.property;
  if (node.computed) {
    return key.type === 'Literal' && typeof key.value === 'string' ? key.value : undefined;
  }
  return key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined;
}

/** `{ rejectUnauthorized: false }`, `{ NODE_TLS_REJECT_UNAUTHORIZED: '0' }`, `{ HTTPS_PROXY: 'http://...' }` (an env for a child). */
export function transportProperty(ctx: TsRuleContext, node: TSESTree.Property): TransportHit | undefined {
  if (node.parent?.type !== 'ObjectExpression') {
    return undefined;
  }
  const key = keyName(node);
  if (key && TLS_OPTIONS.has(key) && isFalse(ctx, node.value)) {
    return { node, messageId: 'tlsOff', code: clip(ctx.text(node)) };
  }
  if (key === 'NODE_TLS_REJECT_UNAUTHORIZED' && ctx.strings(node.value)?.includes('0')) {
    return { node, messageId: 'tlsOffGlobal', code: clip(ctx.text(node)) };
  }
  return undefined;
}

/** `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'`, `https.globalAgent.options.rejectUnauthorized = false`, `process.env.HTTPS_PROXY = url`. */
export function transportAssignment(ctx: TsRuleContext, node: TSESTree.AssignmentExpression): TransportHit | undefined {
  if (node.left.type !== 'MemberExpression') {
    return undefined;
  }
  const key = keyName(node.left);
  const code = clip(ctx.text(node));
  if (key && TLS_OPTIONS.has(key) && isFalse(ctx, node.right)) {
    return { node, messageId: 'tlsOffGlobal', code };
  }
  const env = ctx
    .refs(node.left)
    .find((r) => r.module === undefined && r.path[0] === 'process' && r.path[1] === 'env' && r.path.length === 3);
  const name = env?.path[2];
  if (name === 'NODE_TLS_REJECT_UNAUTHORIZED' && ctx.strings(node.right)?.includes('0')) {
    return { node, messageId: 'tlsOffGlobal', code };
  }
  if (name && PROXY_VARS.test(name)) {
    const values = ctx.strings(node.right);
    if (values?.every((v) => v === '')) {
      return undefined;
    }
    return { node, messageId: 'proxy', code, url: values?.[0] ?? clip(ctx.text(node.right)) };
  }
  return undefined;
}
