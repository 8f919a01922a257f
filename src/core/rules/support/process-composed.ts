/**
 * For ts/composed-command: follows a command or code string back from the sink that runs it to the
 * outside-controlled values it is built from (`process.env.X`, `process.argv`, `req.body`,
 * `Deno.env.get(...)`), through variables, templates, `+`, array `join`, ternaries, `||`/`??`,
 * object properties and the parameters of functions called in the file. Each flow remembers the
 * first place, seen from the source, where the value was composed into a larger string (or, if it
 * never was, the first declaration or argument it passed through): that is where it is reported.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { RefValue } from '../../js/values';
import type { CallNode } from './calls';
import { unwrapExpr } from './process-paths';

export interface Source {
  /** Display form: `process.env.BUILD_HOOK`, `req.body`. */
  name: string;
  node: Node;
  /** An environment variable describing the machine itself (`HOME`, `NODE_ENV`), not an input. */
  machine: boolean;
}

export interface Flow {
  source: Source;
  /** The first expression that composed the value into a larger string or list. */
  composed?: Node;
  /** The first declaration, property or call argument the value passed through. */
  boundary?: Node;
}

const MAX_DEPTH = 12;
const MAX_FLOWS = 8;
const MAX_CALLERS = 8;
const MACHINE_ENV = new Set([
  'HOME',
  'USER',
  'USERNAME',
  'USERPROFILE',
  'PATH',
  'TMPDIR',
  'TEMP',
  'TMP',
  'PWD',
  'NODE_ENV',
  'CI',
  'PORT',
  'HOSTNAME',
  'npm_package_version',
  'npm_package_name',
  'APPDATA',
  'LOCALAPPDATA',
  'LANG',
]);
const REQUEST_OBJECTS = /^(req|request|ctx|context|event)$/;
const REQUEST_PARTS = new Set(['body', 'query', 'params', 'headers', 'cookies', 'queryStringParameters', 'pathParameters']);
const REQUEST_READERS = new Set(['json', 'text', 'formData', 'get', 'header', 'param']);
/** On `request` (also a client library's name) only the body readers of a fetch-style request. */
const BODY_READERS = new Set(['json', 'text', 'formData']);
/** Methods whose result still carries the string or list they are called on. */
const CARRY_METHODS = new Set([
  'join',
  'concat',
  'filter',
  'slice',
  'flat',
  'trim',
  'trimStart',
  'trimEnd',
  'toString',
  'replace',
  'replaceAll',
  'padStart',
  'padEnd',
  'toLowerCase',
  'toUpperCase',
  'split',
  'reverse',
  'map',
]);
/** Methods that compose their receiver with their arguments. */
const COMPOSE_METHODS = new Set(['join', 'concat']);
const PATH_MODULES = new Set(['path', 'path/posix', 'path/win32']);
const ARG_PARSERS = new Set(['minimist', 'yargs-parser', 'mri', 'arg']);

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

function isFunction(node: Node | undefined): node is FunctionNode {
  return node?.type === 'FunctionDeclaration' || node?.type === 'FunctionExpression' || node?.type === 'ArrowFunctionExpression';
}

function keyName(node: Node): string | undefined {
  if (node.type === 'Identifier') {
    return node.name;
  }
  return node.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
}

function memberKey(node: TSESTree.MemberExpression): string | undefined {
  return node.computed ? keyName(node.property) : node.property.type === 'Identifier' ? node.property.name : undefined;
}

/** The source an environment or argv ref is, by its global path. */
function refSource(ref: RefValue, node: Node): Source | undefined {
  if (ref.module === 'process') {
    return refSource({ ...ref, module: undefined, path: ['process', ...ref.path] }, node);
  }
  if (ref.module !== undefined) {
    const parsed =
      (ARG_PARSERS.has(ref.module) && ref.path.includes('()')) ||
      (ref.module === 'util' && ref.path[0] === 'parseArgs' && ref.path[1] === '()') ||
      (ref.module === 'yargs' && ref.path.includes('argv'));
    return parsed ? { name: `${ref.module === 'util' ? 'parseArgs' : ref.module}() of the command line`, node, machine: false } : undefined;
  }
  const p = ref.path;
  if ((p[0] === 'process' || p[0] === 'Bun') && p[1] === 'env' && p.length >= 3 && p[2] !== '()') {
    return { name: `${p[0]}.env.${p[2]}`, node, machine: MACHINE_ENV.has(p[2]) };
  }
  if (p[0] === 'Deno' && p[1] === 'env' && p[2] === 'get' && p[3] === '()') {
    return { name: 'Deno.env.get()', node, machine: false };
  }
  if ((p[0] === 'process' && p[1] === 'argv') || (p[0] === 'Deno' && p[1] === 'args') || (p[0] === 'Bun' && p[1] === 'argv')) {
    return { name: `${p[0]}.${p[1]}`, node, machine: false };
  }
  return undefined;
}

/** `req.body`, `request.query.x`, `ctx.request.body`, `event.queryStringParameters`, `await request.json()`. */
function requestSource(node: Node): Source | undefined {
  let expr = unwrapExpr(node);
  if (expr.type === 'CallExpression' && expr.callee.type === 'MemberExpression') {
    const key = memberKey(expr.callee);
    const object = unwrapExpr(expr.callee.object);
    const reader = object.type === 'Identifier' && (object.name === 'req' || (object.name === 'request' && BODY_READERS.has(key ?? '')));
    if (key && REQUEST_READERS.has(key) && reader) {
      return { name: `${object.name}.${key}()`, node, machine: false };
    }
    return undefined;
  }
  while (expr.type === 'MemberExpression') {
    const key = memberKey(expr);
    const object = unwrapExpr(expr.object);
    if (key && REQUEST_PARTS.has(key)) {
      const base = object.type === 'MemberExpression' ? memberKey(object) : object.type === 'Identifier' ? object.name : undefined;
      if (base && (REQUEST_OBJECTS.test(base) || base === 'request')) {
        return { name: `${base}.${key}`, node, machine: false };
      }
    }
    expr = object;
  }
  return undefined;
}

export class FlowTracer {
  private readonly memo = new Map<Node, Flow[]>();
  private readonly active = new Set<Node>();

  constructor(
    private readonly ctx: TsRuleContext,
    private readonly calls: readonly CallNode[],
    private readonly assignments: readonly TSESTree.AssignmentExpression[],
  ) {}

  /** The outside values an expression is built from. */
  flows(node: Node, depth = 0): Flow[] {
    const cached = this.memo.get(node);
    if (cached) {
      return cached;
    }
    if (depth > MAX_DEPTH || this.active.has(node)) {
      return [];
    }
    this.active.add(node);
    let result: Flow[];
    try {
      result = this.compute(unwrapExpr(node), depth + 1).slice(0, MAX_FLOWS);
    } finally {
      this.active.delete(node);
    }
    this.memo.set(node, result);
    return result;
  }

  /** The source an expression reads directly, if any. */
  sourceOf(node: Node): Source | undefined {
    const expr = unwrapExpr(node);
    if (expr.type !== 'MemberExpression' && expr.type !== 'CallExpression' && expr.type !== 'Identifier') {
      return undefined;
    }
    for (const ref of this.ctx.refs(expr)) {
      const found = refSource(ref, expr);
      if (found) {
        return found;
      }
    }
    return expr.type === 'Identifier' ? undefined : requestSource(expr);
  }

  private compute(expr: Node, depth: number): Flow[] {
    const source = this.sourceOf(expr);
    if (source) {
      // `const { CMD } = process.env` or `const cmd = process.env.CMD`: the declaration is where it entered.
      const decl = expr.type === 'Identifier' ? this.ctx.refs(expr).find((r) => r.trace?.[0])?.trace?.[0] : undefined;
      return [decl?.type === 'VariableDeclarator' || decl?.type === 'AssignmentExpression' ? { source, boundary: decl } : { source }];
    }
    const all = (nodes: readonly (Node | null | undefined)[]): Flow[] =>
      nodes.flatMap((n) => (n && n.type !== 'PrivateIdentifier' ? this.flows(n.type === 'SpreadElement' ? n.argument : n, depth) : []));
    switch (expr.type) {
      case 'Identifier':
        return this.identifier(expr, depth);
      case 'TemplateLiteral':
        return composed(all(expr.expressions), expr);
      case 'BinaryExpression':
        return expr.operator === '+' ? composed(all([expr.left, expr.right]), expr) : [];
      case 'LogicalExpression':
        return all(expr.operator === '&&' ? [expr.right] : [expr.left, expr.right]);
      case 'ConditionalExpression':
        return all([expr.consequent, expr.alternate]);
      case 'ArrayExpression':
        return composed(all(expr.elements), expr);
      case 'AssignmentExpression':
        return all([expr.right]);
      case 'MemberExpression':
        return this.member(expr, depth);
      case 'CallExpression':
        return this.call(expr, all);
      default:
        return [];
    }
  }

  private call(expr: TSESTree.CallExpression, all: (nodes: readonly Node[]) => Flow[]): Flow[] {
    const callee = unwrapExpr(expr.callee);
    const refs = this.ctx.refs(callee);
    if (refs.some((r) => r.module !== undefined && PATH_MODULES.has(r.module))) {
      return composed(all(expr.arguments), expr);
    }
    if (callee.type === 'MemberExpression') {
      const key = memberKey(callee);
      if (key && CARRY_METHODS.has(key)) {
        const flows = all([callee.object, ...(key === 'concat' ? expr.arguments : [])]);
        return COMPOSE_METHODS.has(key) ? composed(flows, expr) : flows;
      }
    }
    // `String(x)`, and `JSON.stringify(cmd)` quoting a command into code that runs it: the value goes through unchanged.
    if (
      refs.some(
        (r) =>
          (r.module === undefined && (r.path.join('.') === 'String' || r.path.join('.') === 'JSON.stringify')) ||
          (r.module === 'util' && r.path[0] === 'parseArgs'),
      )
    ) {
      return all(expr.arguments);
    }
    return [];
  }

  private member(expr: TSESTree.MemberExpression, depth: number): Flow[] {
    const key = memberKey(expr);
    const objects = this.ctx.values(expr.object).flatMap((v) => (v.kind === 'obj' && v.node.type === 'ObjectExpression' ? [v.node] : []));
    if (key && objects.length > 0) {
      const out: Flow[] = [];
      for (const object of objects) {
        const prop = object.properties.find((p) => p.type === 'Property' && !p.computed && keyName(p.key) === key);
        if (prop?.type === 'Property') {
          out.push(...crossed(this.flows(prop.value, depth), prop));
        }
      }
      return out;
    }
    // `args.branch` of a parsed argv, `opts.target` of an input object.
    return key === 'length' ? [] : this.flows(expr.object, depth);
  }

  private identifier(id: TSESTree.Identifier, depth: number): Flow[] {
    const decls = new Set<Node>();
    for (const value of this.ctx.values(id)) {
      const decl = value.trace?.[0];
      if (decl) {
        decls.add(decl);
      }
    }
    for (const decl of [...decls]) {
      for (const assign of this.assignmentsTo(id.name, decl)) {
        decls.add(assign);
      }
    }
    const out: Flow[] = [];
    for (const decl of decls) {
      out.push(...this.declaration(decl, depth));
    }
    return out;
  }

  private declaration(decl: Node, depth: number): Flow[] {
    switch (decl.type) {
      case 'VariableDeclarator': {
        const pushed = decl.id.type === 'Identifier' ? this.pushesTo(decl.id.name, decl, depth) : [];
        return decl.init ? [...crossed(this.flows(decl.init, depth), decl), ...pushed] : pushed;
      }
      case 'AssignmentExpression': {
        const flows = crossed(this.flows(decl.right, depth), decl);
        return decl.operator === '+=' ? composed(flows, decl) : decl.operator === '=' || decl.operator.length === 3 ? flows : [];
      }
      case 'Identifier':
        return this.parameter(decl, depth);
      default:
        return [];
    }
  }

  /** Later assignments to a variable declared at `decl` (`cmd += ...`), which the evaluator may fold away. */
  private assignmentsTo(name: string, decl: Node): Node[] {
    if (decl.type !== 'VariableDeclarator' || decl.id.type !== 'Identifier') {
      return [];
    }
    const scope = this.ctx.enclosingFunction(decl);
    return this.assignments.filter(
      (a) => a.left.type === 'Identifier' && a.left.name === name && within(a, scope) && (a.operator === '+=' || a.operator === '='),
    );
  }

  /** `parts.push(process.env.X)` on an array declared at `decl`: each push composes into the list. */
  private pushesTo(name: string, decl: Node, depth: number): Flow[] {
    const init = decl.type === 'VariableDeclarator' && decl.init ? unwrapExpr(decl.init) : undefined;
    if (init?.type !== 'ArrayExpression') {
      return [];
    }
    const scope = this.ctx.enclosingFunction(decl);
    const out: Flow[] = [];
    for (const call of this.calls) {
      const callee = call.type === 'CallExpression' ? unwrapExpr(call.callee) : undefined;
      const key = callee?.type === 'MemberExpression' ? memberKey(callee) : undefined;
      const object = callee?.type === 'MemberExpression' ? unwrapExpr(callee.object) : undefined;
      if ((key === 'push' || key === 'unshift') && object?.type === 'Identifier' && object.name === name && within(call, scope)) {
        out.push(
          ...composed(
            call.arguments.flatMap((a) => this.flows(a.type === 'SpreadElement' ? a.argument : a, depth)),
            call,
          ),
        );
      }
    }
    return out;
  }

  /** A parameter: what the calls of its function in this file pass for it. */
  private parameter(id: TSESTree.Identifier, depth: number): Flow[] {
    const holder = id.parent?.type === 'AssignmentPattern' ? id.parent : id;
    const fn = holder.parent;
    if (!isFunction(fn)) {
      return [];
    }
    const index = fn.params.indexOf(holder as TSESTree.Parameter);
    if (index < 0) {
      return [];
    }
    const out: Flow[] = [];
    let seen = 0;
    for (const call of this.calls) {
      const arg = call.arguments[index];
      if (!arg || arg.type === 'SpreadElement' || !this.ctx.values(call.callee).some((v) => v.kind === 'fn' && v.node === fn)) {
        continue;
      }
      out.push(...crossed(this.flows(arg, depth), arg));
      if (++seen >= MAX_CALLERS) {
        break;
      }
    }
    return out;
  }
}

function composed(flows: Flow[], node: Node): Flow[] {
  return flows.map((f) => (f.composed ? f : { ...f, composed: node }));
}

function crossed(flows: Flow[], node: Node): Flow[] {
  return flows.map((f) => (f.composed || f.boundary ? f : { ...f, boundary: node }));
}

/**
 * The node to report a composition at: the declaration, property or assignment whose value it
 * builds, or the expression itself when it is written straight into a call's argument.
 */
export function siteOf(node: Node): Node {
  let current = node;
  for (let i = 0; i < 8 && current.parent; i++) {
    const parent: Node = current.parent;
    switch (parent.type) {
      case 'VariableDeclarator':
      case 'AssignmentExpression':
        return parent;
      case 'Property':
        return parent.value === current ? parent : current;
      case 'TemplateLiteral':
      case 'BinaryExpression':
      case 'LogicalExpression':
      case 'ConditionalExpression':
      case 'ArrayExpression':
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'AwaitExpression':
        current = parent;
        break;
      case 'CallExpression':
      case 'MemberExpression':
        // `[...].filter(Boolean).join(' ')`: the chain is one expression.
        if (
          parent.type === 'MemberExpression'
            ? parent.object === current
            : parent.callee.type === 'MemberExpression' && parent.callee === current
        ) {
          current = parent;
          break;
        }
        return current;
      default:
        return current;
    }
  }
  return current;
}

/** Whether `inner` lies within `outer`. */
export function within(inner: Node, outer: Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}
