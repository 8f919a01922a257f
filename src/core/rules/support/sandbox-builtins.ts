/**
 * Shared by ts/prototype-pollution and ts/global-override: the platform's built-in objects, the
 * slot (`globalThis.fetch`, `Array.prototype.push`) an assignment or `Object.defineProperty`
 * writes, and whether the write is a feature-detecting polyfill (`if (!Array.prototype.at) ...`).
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { RefValue } from '../../js/values';
import { targetsOf } from './calls';
import { unwrapExpr } from './process-paths';

/** Built-in constructors whose prototypes every object of that kind shares. */
export const BUILTIN_CTORS: ReadonlySet<string> = new Set([
  'Object',
  'Array',
  'String',
  'Function',
  'Promise',
  'Number',
  'Boolean',
  'RegExp',
  'Symbol',
  'BigInt',
  'Date',
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'EvalError',
  'URIError',
  'AggregateError',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'WeakRef',
  'ArrayBuffer',
  'SharedArrayBuffer',
  'DataView',
  'Iterator',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
  'Buffer',
  'EventTarget',
  'Event',
  'Node',
  'Element',
  'HTMLElement',
  'Document',
  'Window',
  'XMLHttpRequest',
  'Request',
  'Response',
  'Headers',
  'URL',
  'URLSearchParams',
  'Blob',
  'File',
  'FormData',
  'WebSocket',
  'ReadableStream',
  'WritableStream',
  'TextEncoder',
  'TextDecoder',
  'AbortController',
  'AbortSignal',
]);

/** The slot a write targets: the object's refs extended by the key (`'*'` when not constant). */
export function slotsOf(ctx: TsRuleContext, object: Node, keys: readonly string[]): RefValue[] {
  const out: RefValue[] = [];
  for (const value of ctx.values(object)) {
    if (value.kind !== 'ref' || value.path.includes('()')) {
      continue;
    }
    for (const key of keys) {
      const root = value.module === undefined && value.path.length === 0;
      out.push({ ...value, path: root && key === 'globalThis' ? [] : [...value.path, key] });
    }
  }
  return out;
}

/** The constant names a member expression's property can be, or `['*']`. */
export function memberKeys(ctx: TsRuleContext, member: TSESTree.MemberExpression): string[] {
  if (!member.computed) {
    return member.property.type === 'Identifier' ? [member.property.name] : ['*'];
  }
  return ctx.strings(member.property) ?? ['*'];
}

export interface Write {
  /** The node to report. */
  node: Node;
  /** The object written to, and the keys written. */
  object: Node;
  keys: string[];
  /** The written-to expression of an assignment (`x.y` in `x.y = ...`), for polyfill guards. */
  member?: Node;
}

const DEFINERS: Record<string, 'key' | 'props'> = {
  'Object.defineProperty': 'key',
  'Reflect.defineProperty': 'key',
  'Reflect.set': 'key',
  'Object.defineProperties': 'props',
  'Object.assign': 'props',
};

/** Legacy accessors every object inherits: `o.__defineGetter__('k', f)` defines `o.k`. */
const LEGACY_DEFINERS = new Set(['__defineGetter__', '__defineSetter__']);

/**
 * `Object.defineProperty(o, 'k', d)`, `Reflect.set(o, 'k', v)`, `Object.assign(o, {k: v})`,
 * `o.__defineGetter__('k', f)`: the write they make.
 */
export function definitionWrite(ctx: TsRuleContext, node: TSESTree.CallExpression): Write | undefined {
  const callee = unwrapExpr(node.callee);
  if (callee.type === 'MemberExpression' && node.arguments[0] && memberKeys(ctx, callee).some((k) => LEGACY_DEFINERS.has(k))) {
    return { node, object: callee.object, keys: ctx.strings(node.arguments[0]) ?? ['*'] };
  }
  const { targets, args } = targetsOf(ctx, node);
  const target = targets.find((t) => t.ref.module === undefined && DEFINERS[t.name] !== undefined);
  if (!target || !args[0] || !args[1]) {
    return undefined;
  }
  if (DEFINERS[target.name] === 'key') {
    return { node, object: args[0], keys: ctx.strings(args[1]) ?? ['*'] };
  }
  const props = unwrapExpr(args[1]);
  if (props.type !== 'ObjectExpression') {
    return { node, object: args[0], keys: ['*'] };
  }
  const keys: string[] = [];
  for (const prop of props.properties) {
    if (prop.type !== 'Property') {
      keys.push('*');
    } else if (!prop.computed && prop.key.type === 'Identifier') {
      keys.push(prop.key.name);
    } else {
      keys.push(...(ctx.strings(prop.key) ?? ['*']));
    }
  }
  return { node, object: args[0], keys };
}

function sameText(ctx: TsRuleContext, a: Node, b: Node): boolean {
  return ctx.text(a).replace(/\s+/g, '') === ctx.text(b).replace(/\s+/g, '');
}

function mentions(ctx: TsRuleContext, test: Node, target: Node, depth = 0): boolean {
  const expr = unwrapExpr(test);
  if (depth > 4) {
    return false;
  }
  if (sameText(ctx, expr, target)) {
    return true;
  }
  switch (expr.type) {
    case 'UnaryExpression':
      return mentions(ctx, expr.argument, target, depth + 1);
    case 'LogicalExpression':
    case 'BinaryExpression':
      return (
        (expr.left.type !== 'PrivateIdentifier' && mentions(ctx, expr.left, target, depth + 1)) ||
        mentions(ctx, expr.right, target, depth + 1)
      );
    default:
      return false;
  }
}

/**
 * A feature-detecting polyfill: `x.y ||= f`, `x.y = x.y || f`, or inside `if (!x.y)` /
 * `if (typeof x.y !== 'function')` / `if (!('y' in x))`.
 */
export function isPolyfill(ctx: TsRuleContext, write: Write): boolean {
  const target = write.member;
  const node = write.node;
  if (target && node.type === 'AssignmentExpression') {
    if (node.operator === '||=' || node.operator === '??=') {
      return true;
    }
    const right = unwrapExpr(node.right);
    if (right.type === 'LogicalExpression' && right.operator !== '&&' && sameText(ctx, right.left, target)) {
      return true;
    }
  }
  const probe = target ?? write.object;
  let current: Node | undefined = node.parent;
  for (let i = 0; current && i < 6; i++, current = current.parent) {
    if ((current.type === 'IfStatement' || current.type === 'ConditionalExpression') && mentionsGuard(ctx, current.test, probe, write)) {
      return true;
    }
    if (current.type === 'LogicalExpression' && current.operator === '||' && mentionsGuard(ctx, current.left, probe, write)) {
      return true;
    }
    if (current.type.startsWith('Function') || current.type === 'ArrowFunctionExpression') {
      break;
    }
  }
  return false;
}

function mentionsGuard(ctx: TsRuleContext, test: Node, probe: Node, write: Write): boolean {
  if (mentions(ctx, test, probe)) {
    return true;
  }
  const expr = unwrapExpr(test);
  const inner = expr.type === 'UnaryExpression' ? unwrapExpr(expr.argument) : expr;
  return (
    inner.type === 'BinaryExpression' &&
    inner.operator === 'in' &&
    inner.left.type !== 'PrivateIdentifier' &&
    (ctx.strings(inner.left) ?? []).some((k) => write.keys.includes(k))
  );
}

/** Whether a name is an own or inherited member of the analyzer's own built-in (unknown built-ins count as yes). */
export function isExistingMember(ctor: string, key: string, onPrototype: boolean): boolean {
  const builtin = (globalThis as Record<string, unknown>)[ctor] as { prototype?: object } | undefined;
  if (!builtin) {
    return true;
  }
  const holder = onPrototype ? builtin.prototype : builtin;
  return holder !== undefined && key in holder;
}
