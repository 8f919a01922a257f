/** Where a seed's value comes from: a constant, the clock, the hostname, the environment, or other data. */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { pushChildren } from '../../js/children';
import { isGlobal, type RefValue, type Value } from '../../js/values';
import { isRandomSource } from './random-sources';

/** `random`: the seed itself is drawn from a real random source, so it fixes nothing in advance. */
export type SeedOrigin = 'random' | 'env' | 'hostname' | 'time' | 'data' | 'constant';

const ORDER: SeedOrigin[] = ['random', 'env', 'hostname', 'time', 'data', 'constant'];

/** Where a ref's value comes from, when it is one of the telling sources. */
function refOrigin(ref: RefValue): SeedOrigin | undefined {
  const p = ref.path;
  let end = p.length;
  while (end > 0 && p[end - 1] === '()') {
    end--;
  }
  if (end < p.length && isRandomSource({ ...ref, path: p.slice(0, end) })) {
    return 'random';
  }
  if (ref.module === undefined) {
    if (p[0] === 'process' && p[1] === 'env') {
      return 'env';
    }
    if (p[0] === 'Deno' && p[1] === 'env') {
      return 'env';
    }
    if (
      (p[0] === 'Date' && p[1] === 'now') ||
      (p[0] === 'performance' && p[1] === 'now') ||
      (p[0] === 'process' && (p[1] === 'hrtime' || p[1] === 'uptime'))
    ) {
      return 'time';
    }
    if (p[0] === 'location' && (p[1] === 'hostname' || p[1] === 'host' || p[1] === 'origin')) {
      return 'hostname';
    }
    return undefined;
  }
  if (ref.module === 'os' && (p[0] === 'hostname' || p[0] === 'userInfo' || p[0] === 'networkInterfaces')) {
    return 'hostname';
  }
  if (ref.module === 'process') {
    return p[0] === 'env' ? 'env' : p[0] === 'hrtime' || p[0] === 'uptime' ? 'time' : undefined;
  }
  if (ref.module === 'perf_hooks' && p[0] === 'performance' && p[1] === 'now') {
    return 'time';
  }
  return undefined;
}

/** Where a seed comes from: a constant, the clock, the hostname, the environment, or other data. */
export function seedOrigin(ctx: TsRuleContext, seed: Node): SeedOrigin {
  const found = new Set<SeedOrigin>();
  collect(ctx, seed, { found, seen: new Set(), follows: 0 }, 0);
  return ORDER.find((o) => found.has(o)) ?? 'constant';
}

interface Walk {
  found: Set<SeedOrigin>;
  seen: Set<Node>;
  follows: number;
}

function isDateCtor(ctx: TsRuleContext, node: Node): node is TSESTree.NewExpression | TSESTree.CallExpression {
  return (node.type === 'NewExpression' || node.type === 'CallExpression') && ctx.refs(node.callee).some((r) => isGlobal(r, 'Date'));
}

function isImportMetaEnv(node: Node): boolean {
  return (
    node.type === 'MemberExpression' &&
    node.object.type === 'MetaProperty' &&
    !node.computed &&
    node.property.type === 'Identifier' &&
    node.property.name === 'env'
  );
}

function collect(ctx: TsRuleContext, node: Node, w: Walk, depth: number): void {
  if (depth > 40 || w.seen.has(node)) {
    return;
  }
  w.seen.add(node);
  if (node.type === 'Literal') {
    w.found.add('constant');
    return;
  }
  if (isDateCtor(ctx, node)) {
    if (node.arguments.length === 0 || node.type === 'CallExpression') {
      w.found.add('time');
    }
    node.arguments.forEach((a) => collect(ctx, a, w, depth + 1));
    return;
  }
  if (isImportMetaEnv(node)) {
    w.found.add('env');
    return;
  }
  if (ctx.strings(node)) {
    w.found.add('constant');
    return;
  }
  const values = ctx.values(node);
  const origins = values.flatMap((v) => (v.kind === 'ref' ? [refOrigin(v)] : [])).filter((o): o is SeedOrigin => o !== undefined);
  if (origins.length > 0) {
    origins.forEach((o) => w.found.add(o));
    return;
  }
  collectChildren(ctx, node, values, w, depth);
}

function collectChildren(ctx: TsRuleContext, node: Node, values: Value[], w: Walk, depth: number): void {
  const next = (child: Node | null | undefined): void => {
    if (child) {
      collect(ctx, child, w, depth + 1);
    }
  };
  switch (node.type) {
    case 'Identifier':
      followIdentifier(ctx, values, w, depth);
      return;
    case 'MemberExpression':
      next(node.object);
      if (node.computed) {
        next(node.property);
      }
      return;
    case 'CallExpression':
    case 'NewExpression':
      if (node.callee.type === 'MemberExpression') {
        next(node.callee.object);
      } else if (!followReturns(ctx, node.callee, w, depth) && node.arguments.length === 0) {
        w.found.add('data');
      }
      node.arguments.forEach(next);
      return;
    case 'Property':
      if (node.computed) {
        next(node.key);
      }
      next(node.value);
      return;
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
    case 'ThisExpression':
    case 'MetaProperty':
      w.found.add('data');
      return;
    default:
      for (const key of visitorKeys[node.type] ?? []) {
        const value = (node as unknown as Record<string, unknown>)[key];
        for (const item of Array.isArray(value) ? value : [value]) {
          if (item && typeof item === 'object' && typeof (item as Node).type === 'string') {
            next(item as Node);
          }
        }
      }
  }
}

/** `defaultSeed()` where `defaultSeed` is a function of this file: what it returns. */
function followReturns(ctx: TsRuleContext, callee: Node, w: Walk, depth: number): boolean {
  const fns = callee.type === 'Identifier' ? ctx.values(callee).filter((v) => v.kind === 'fn') : [];
  if (fns.length === 0 || w.follows >= 8) {
    return false;
  }
  w.follows++;
  for (const fn of fns) {
    for (const expr of returnedExpressions(fn.node)) {
      collect(ctx, expr, w, depth + 1);
    }
  }
  return true;
}

/** The expressions a function returns (nested functions excluded). */
function returnedExpressions(fn: Node): Node[] {
  if (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') {
    return [];
  }
  if (fn.body.type !== 'BlockStatement') {
    return [fn.body];
  }
  const out: Node[] = [];
  const stack: Node[] = [fn.body];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.type === 'ReturnStatement') {
      if (node.argument) {
        out.push(node.argument);
      }
      continue;
    }
    if (node !== fn.body && (node.type.includes('Function') || node.type === 'ClassBody')) {
      continue;
    }
    pushChildren(stack, node);
  }
  return out;
}

/** Follows a name to what it was declared or assigned as; a parameter or unknown value is data. */
function followIdentifier(ctx: TsRuleContext, values: Value[], w: Walk, depth: number): void {
  for (const value of values) {
    if (value.kind === 'str' || value.kind === 'num') {
      w.found.add('constant');
      continue;
    }
    const decl = value.trace?.[0];
    const init = decl?.type === 'VariableDeclarator' ? decl.init : decl?.type === 'AssignmentExpression' ? decl.right : undefined;
    if (init && w.follows < 8) {
      w.follows++;
      collect(ctx, init, w, depth + 1);
    } else if (value.kind !== 'ref' && value.kind !== 'other') {
      w.found.add('data');
    }
  }
}
