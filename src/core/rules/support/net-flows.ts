/**
 * How data reaches a network call, shared by the network rules: whether a use of a value decides
 * the destination (not the payload), whether a secret goes to its own service, how local a
 * destination is, and which functions of a file forward their argument to the network.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { Severity } from '../../model/finding';
import type { CallNode } from './calls';
import { networkCall, type DataSource, type NetCall } from './net-sources';
import { ipClass, isRelativeUrl, parseUrl, urlPrefixes } from './net-urls';
import { walk } from './random-sources';

/** Words of an env var name that say nothing about which service it belongs to. */
const GENERIC = new Set([
  'API',
  'APP',
  'SECRET',
  'ACCESS',
  'AUTH',
  'PRIVATE',
  'MY',
  'CLIENT',
  'SERVICE',
  'BEARER',
  'X',
  'USER',
  'DB',
  'PROD',
  'DEV',
]);

export const AUTH_KEY = /^(headers|authorization|auth|proxy-authorization|x-api-key|api[-_]?key|apikey|token|bearer|x-[\w-]*(key|token))$/i;

/**
 * Whether a node decides where a request goes rather than what it carries: the destination itself,
 * the object of `url.href`, the first part of `${base}/path` or `base + '/path'`.
 */
export function isDestinationHead(dest: Node | undefined, use: Node): boolean {
  let current: Node | undefined = dest;
  while (current) {
    if (current === use) {
      return true;
    }
    switch (current.type) {
      case 'MemberExpression':
        current = current.object;
        break;
      case 'TemplateLiteral':
        current = current.quasis[0].value.cooked === '' ? current.expressions[0] : undefined;
        break;
      case 'BinaryExpression':
        current = current.left;
        break;
      case 'NewExpression':
        current = current.callee.type === 'Identifier' && current.callee.name === 'URL' ? current.arguments[0] : undefined;
        break;
      default:
        current = undefined;
    }
  }
  return false;
}

export function isAncestor(outer: Node, inner: Node): boolean {
  for (let p = inner.parent; p; p = p.parent) {
    if (p === outer) {
      return true;
    }
  }
  return false;
}

/** A request to the service the secret belongs to (`OPENAI_API_KEY` to `api.openai.com`) is its normal use. */
export function ownService(source: DataSource, prefixes: string[] | undefined): boolean {
  if (source.kind !== 'env' || !source.envName || !prefixes || prefixes.length === 0) {
    return false;
  }
  const vendor = source.envName.split(/[_\W]+/).find((w) => w.length > 2 && !GENERIC.has(w.toUpperCase()));
  return vendor !== undefined && prefixes.every((p) => (parseUrl(p)?.host ?? '').includes(vendor.toLowerCase()));
}

/** `low` for requests that stay on the machine or the page (relative URLs, loopback), `medium` otherwise. */
export function baseSeverity(prefixes: string[] | undefined): Severity {
  if (!prefixes || prefixes.length === 0) {
    return 'medium';
  }
  const local = prefixes.every((p) => {
    if (isRelativeUrl(p) || /^(data|blob|about|file):/i.test(p)) {
      return true;
    }
    const host = parseUrl(p)?.host ?? p.replace(/:\d+$/, '');
    return ipClass(host) === 'loopback';
  });
  return local ? 'low' : 'medium';
}

export interface Forward {
  node: CallNode;
  call: NetCall;
}

function mentions(root: Node, names: ReadonlySet<string>): boolean {
  let hit = false;
  walk(root, (n) => {
    hit ||= n.type === 'Identifier' && names.has(n.name);
    return !hit;
  });
  return hit;
}

/** Remembers, per function of a file, the network call it forwards one of its parameters to (`send(msg) { ws.send(msg) }`). */
export class Forwards {
  private readonly cache = new Map<Node, Forward | null>();

  constructor(private readonly ctx: TsRuleContext) {}

  of(fn: Node): Forward | undefined {
    if (this.cache.has(fn)) {
      return this.cache.get(fn) ?? undefined;
    }
    this.cache.set(fn, null);
    if (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') {
      return undefined;
    }
    const params = new Set(
      fn.params.flatMap((p) =>
        p.type === 'Identifier' ? [p.name] : p.type === 'AssignmentPattern' && p.left.type === 'Identifier' ? [p.left.name] : [],
      ),
    );
    let found: Forward | undefined;
    if (params.size > 0) {
      walk(fn.body, (n) => {
        if (found || (n.type !== 'CallExpression' && n.type !== 'NewExpression')) {
          return !found;
        }
        const call = networkCall(this.ctx, n);
        if (call && call.kind !== 'client' && n.arguments.some((a) => mentions(a, params))) {
          found = { node: n, call };
        }
        return !found;
      });
    }
    this.cache.set(fn, found ?? null);
    return found;
  }
}

/** How a request's destination reads in a message, and the constant beginnings it can have. */
export function describeUrl(ctx: TsRuleContext, call: NetCall): { url: string; prefixes?: string[] } {
  if (!call.url) {
    return { url: '(no destination given)' };
  }
  const prefixes = urlPrefixes(ctx, call.url);
  const folded = prefixes?.length === 1 && ctx.strings(call.url) ? prefixes[0] : undefined;
  let text = folded ?? ctx.text(call.url).replace(/\s+/g, ' ');
  if (folded === undefined && call.url.type === 'TemplateLiteral') {
    // The source text of a template: its backticks are not part of the address.
    text = text.slice(1, -1);
  }
  return { url: text.length > 80 ? `${text.slice(0, 77)}...` : text, prefixes };
}

export function clipText(ctx: TsRuleContext, node: Node | undefined): string {
  const text = node ? ctx.text(node).replace(/\s+/g, ' ') : '(nothing)';
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function lineOf(ctx: TsRuleContext, node: Node): number {
  return ctx.sourceText.slice(0, node.range[0]).split('\n').length;
}

export interface Request {
  node: CallNode | TSESTree.AssignmentExpression;
  call: NetCall;
  fn: Node;
  /** Set when the call reaches the network through a function of this file that sends its argument. */
  via?: CallNode;
}

export interface Source extends DataSource {
  fn: Node;
  /** The module-level declaration holding the value, for flows into functions. */
  decl?: Node;
}

/** Where a source's value shows up inside a request: the read itself, or names declared from it. */
export function usesOf(ctx: TsRuleContext, request: Request, source: Source): Node[] {
  if (isAncestor(request.node, source.node)) {
    return [source.node];
  }
  const uses: Node[] = [];
  if (source.decl) {
    const decl = source.decl;
    walk(request.node, (n) => {
      if (n.type === 'Identifier' && ctx.values(n).some((v) => v.trace?.includes(decl))) {
        uses.push(n);
      }
    });
  }
  return uses;
}

/** `headers: { Authorization: `Bearer ${key}` }`: a credential sent the way it is meant to be used. */
export function authOnly(ctx: TsRuleContext, request: Request, source: Source): boolean {
  const uses = usesOf(ctx, request, source);
  return (
    uses.length > 0 &&
    uses.every((use) => {
      if (isDestinationHead(request.call.url, use)) {
        return true;
      }
      for (let p = use.parent; p && p !== request.node; p = p.parent) {
        if (p.type === 'Property' && AUTH_KEY.test(ctx.text(p.key).replace(/^['"`]|['"`]$/g, ''))) {
          return true;
        }
      }
      return false;
    })
  );
}

export function linked(ctx: TsRuleContext, request: Request, source: Source): boolean {
  if (isAncestor(source.node, request.node) || (source.fn === request.fn && source.fn.type !== 'Program')) {
    return true;
  }
  // Module top level is one big scope: there, only a visible flow into the request counts.
  if (source.fn.type === 'Program') {
    return usesOf(ctx, request, source).length > 0;
  }
  return isAncestor(source.fn, request.fn) || (request.fn.type !== 'Program' && isAncestor(request.fn, source.fn));
}
