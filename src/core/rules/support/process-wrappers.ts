/**
 * Wrapper functions around code sinks: `function runInWorker(source) { new Worker(wrap(source), { eval: true }) }`
 * called as `runInWorker(payload.script)`. The sink inside the wrapper is one finding; each call
 * that hands the wrapper run-time data is where that data becomes code, so it is reported too.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { pushChildren } from '../../js/children';
import type { CallNode } from './calls';
import { constInit, sourceOf, unwrapExpr } from './process-paths';
import { lineIndex } from './sandbox-lines';

const MAX_DEPTH = 8;
const MAX_CALLS = 5;

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export interface WrapperCall {
  call: CallNode;
  /** Message data: the wrapper's `name`, the `arg` that reaches the sink (shortened), the sink's `line`. */
  data: { name: string; arg: string; line: number };
}

/** The name a function is called by: its own, the variable it is assigned to, or its method key. */
function nameOf(fn: FunctionNode): string | undefined {
  if (fn.type === 'FunctionDeclaration') {
    return fn.id?.name;
  }
  const parent = fn.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') {
    return parent.id.name;
  }
  if ((parent?.type === 'MethodDefinition' || parent?.type === 'Property') && !parent.computed && parent.key.type === 'Identifier') {
    return parent.key.name;
  }
  return undefined;
}

function paramId(param: TSESTree.Parameter): TSESTree.Identifier | undefined {
  if (param.type === 'Identifier') {
    return param;
  }
  return param.type === 'AssignmentPattern' && param.left.type === 'Identifier' ? param.left : undefined;
}

/** The parameters of `fn` an expression is built from (directly, in a template, through a `const`). */
function paramsIn(ctx: TsRuleContext, node: Node, fn: FunctionNode, out: Set<number>, depth = 0): void {
  const expr = unwrapExpr(node);
  if (depth > MAX_DEPTH) {
    return;
  }
  const visit = (n: Node | null | undefined): void => {
    if (n && n.type !== 'PrivateIdentifier') {
      paramsIn(ctx, n, fn, out, depth + 1);
    }
  };
  switch (expr.type) {
    case 'Identifier': {
      const index = fn.params.findIndex((p) => paramId(p)?.name === expr.name);
      const id = index >= 0 ? paramId(fn.params[index]) : undefined;
      if (id && ctx.values(expr).some((v) => v.trace?.[0] === id)) {
        out.add(index);
        return;
      }
      visit(constInit(ctx, expr));
      return;
    }
    case 'TemplateLiteral':
      expr.expressions.forEach(visit);
      return;
    case 'BinaryExpression':
    case 'LogicalExpression':
      visit(expr.left);
      visit(expr.right);
      return;
    case 'ConditionalExpression':
      visit(expr.consequent);
      visit(expr.alternate);
      return;
    case 'MemberExpression':
      visit(expr.object);
      return;
    case 'CallExpression':
      visit(expr.callee.type === 'MemberExpression' ? expr.callee.object : undefined);
      expr.arguments.forEach(visit);
      return;
    default:
      return;
  }
}

/** Calls and `new`s in the file whose callee is written with `name`. */
function callsNamed(root: Node, name: string): CallNode[] {
  const out: CallNode[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const callee = unwrapExpr(node.callee);
      const written =
        callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed ? callee.property : undefined;
      if (written === name || (typeof written === 'object' && written.type === 'Identifier' && written.name === name)) {
        out.push(node);
      }
    }
    pushChildren(stack, node);
  }
  return out;
}

function isFunction(node: Node): node is FunctionNode {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

/** The named function around a sink, seen through anonymous callbacks (`new Promise((resolve) => ...)`). */
function wrapperOf(ctx: TsRuleContext, sink: Node): FunctionNode | undefined {
  let fn = ctx.enclosingFunction(sink);
  for (let i = 0; i < 4 && isFunction(fn); i++) {
    if (nameOf(fn)) {
      return fn;
    }
    const parent = fn.parent;
    const callback = (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.arguments.includes(fn as never);
    if (!callback) {
      return undefined;
    }
    fn = ctx.enclosingFunction(fn);
  }
  return undefined;
}

/**
 * The calls of the function around `sink` that pass something not constant where `code` (the
 * sink's code argument) takes its value from a parameter; calls on the sink's own line are left out.
 */
export function wrapperCalls(ctx: TsRuleContext, sink: Node, code: Node | undefined): WrapperCall[] {
  const wrapper = code ? wrapperOf(ctx, sink) : undefined;
  const name = wrapper ? nameOf(wrapper) : undefined;
  if (!code || !wrapper) {
    return [];
  }
  const params = new Set<number>();
  paramsIn(ctx, code, wrapper, params);
  if (!name || params.size === 0) {
    return [];
  }
  let root: Node = wrapper;
  while (root.parent) {
    root = root.parent;
  }
  const lineOf = lineIndex(ctx.sourceText);
  const line = lineOf(sink.range[0]);
  const out: WrapperCall[] = [];
  for (const call of callsNamed(root, name)) {
    if (lineOf(call.range[0]) === line || !ctx.values(call.callee).some((v) => v.kind === 'fn' && v.node === wrapper)) {
      continue;
    }
    const arg = [...params].map((i) => call.arguments[i]).find((a) => a && a.type !== 'SpreadElement' && isData(ctx, a));
    if (arg && out.length < MAX_CALLS) {
      out.push({ call, data: { name, arg: sourceOf(ctx, arg, 40), line } });
    }
  }
  return out;
}

/** Not a constant and not a function: data that the wrapper turns into code. */
function isData(ctx: TsRuleContext, node: Node): boolean {
  const expr = unwrapExpr(node);
  return ctx.strings(expr) === undefined && expr.type !== 'ArrowFunctionExpression' && expr.type !== 'FunctionExpression';
}
