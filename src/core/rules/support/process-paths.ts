/**
 * Shared by the process and dynamic-code rules: whether a command or module specifier is fixed
 * when the code is written (a constant, or a file next to this one: `path.join(__dirname, 'w.js')`),
 * and the options object a call receives, seen through a variable.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { isGlobal, type Value } from '../../js/values';

const MAX_DEPTH = 8;
const PATH_FUNCTIONS = new Set(['join', 'resolve', 'normalize', 'dirname', 'basename', 'posix.join', 'posix.resolve']);

/** Strips parentheses-free wrappers: `x!`, `x as T`, `await x`, `(a, x)`. */
export function unwrapExpr(node: Node): Node {
  let current = node;
  for (;;) {
    if (
      current.type === 'TSNonNullExpression' ||
      current.type === 'TSAsExpression' ||
      current.type === 'TSSatisfiesExpression' ||
      current.type === 'TSTypeAssertion' ||
      current.type === 'ChainExpression'
    ) {
      current = current.expression;
    } else if (current.type === 'AwaitExpression') {
      current = current.argument;
    } else if (current.type === 'SequenceExpression') {
      current = current.expressions[current.expressions.length - 1];
    } else {
      return current;
    }
  }
}

function globalIs(values: Value[], ...names: string[][]): boolean {
  return values.length > 0 && values.every((v) => v.kind === 'ref' && names.some((n) => isGlobal(v, ...n)));
}

function refIs(values: Value[], module: string, ...members: string[]): boolean {
  return values.length > 0 && values.every((v) => v.kind === 'ref' && v.module === module && members.includes(v.path.join('.')));
}

/** The declaration a single-valued identifier was initialised from, if it is a `const`. */
export function constInit(ctx: TsRuleContext, node: Node): Node | undefined {
  if (node.type !== 'Identifier') {
    return undefined;
  }
  const values = ctx.values(node);
  const decl = values.length === 1 ? values[0].trace?.[0] : undefined;
  if (decl?.type === 'VariableDeclarator' && decl.id.type === 'Identifier' && decl.init) {
    const kind = decl.parent?.type === 'VariableDeclaration' ? decl.parent.kind : undefined;
    return kind === 'const' ? decl.init : undefined;
  }
  return undefined;
}

/**
 * A display form of a path or command that is fixed when the code is written, or undefined when
 * it depends on run-time input. `__dirname`, `import.meta.url` and `process.execPath` count as fixed.
 */
export function fixedPath(ctx: TsRuleContext, node: Node | undefined, depth = 0): string | undefined {
  if (!node || depth > MAX_DEPTH || node.type === 'SpreadElement') {
    return undefined;
  }
  const strings = ctx.strings(node);
  if (strings?.length === 1) {
    return strings[0];
  }
  if (strings) {
    return undefined;
  }
  const expr = unwrapExpr(node);
  const values = ctx.values(expr);
  if (globalIs(values, ['__dirname'], ['__filename'])) {
    return `<${ctx.text(expr)}>`;
  }
  if (globalIs(values, ['process', 'execPath'])) {
    return 'node';
  }
  switch (expr.type) {
    case 'MemberExpression':
      return fixedMember(ctx, expr, depth);
    case 'TemplateLiteral':
      return joinParts(ctx, expr.expressions, depth, (parts) =>
        expr.quasis.map((q, i) => (q.value.cooked ?? '') + (parts[i] ?? '')).join(''),
      );
    case 'BinaryExpression':
      return expr.operator === '+' ? joinParts(ctx, [expr.left, expr.right], depth, (parts) => parts.join('')) : undefined;
    case 'CallExpression':
    case 'NewExpression':
      return fixedCall(ctx, expr, depth);
    case 'Identifier': {
      const init = constInit(ctx, expr);
      return init ? fixedPath(ctx, init, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

function joinParts(ctx: TsRuleContext, nodes: readonly Node[], depth: number, join: (parts: string[]) => string): string | undefined {
  const parts: string[] = [];
  for (const part of nodes) {
    const fixed = fixedPath(ctx, part, depth + 1);
    if (fixed === undefined) {
      return undefined;
    }
    parts.push(fixed);
  }
  return join(parts);
}

function fixedMember(ctx: TsRuleContext, expr: TSESTree.MemberExpression, depth: number): string | undefined {
  const object = unwrapExpr(expr.object);
  if (object.type === 'MetaProperty') {
    return `<import.meta.${ctx.text(expr.property)}>`;
  }
  const key = expr.computed ? undefined : expr.property.type === 'Identifier' ? expr.property.name : undefined;
  if ((key === 'href' || key === 'pathname') && (object.type === 'NewExpression' || object.type === 'CallExpression')) {
    return fixedCall(ctx, object, depth);
  }
  return undefined;
}

function fixedCall(ctx: TsRuleContext, expr: TSESTree.CallExpression | TSESTree.NewExpression, depth: number): string | undefined {
  const callee = ctx.values(expr.callee);
  const args = expr.arguments;
  if (refIs(callee, 'path', ...PATH_FUNCTIONS)) {
    return joinParts(ctx, args, depth, (parts) => parts.join('/'));
  }
  if (refIs(callee, 'url', 'fileURLToPath', 'pathToFileURL') || globalIs(callee, ['require', 'resolve'])) {
    return args.length === 1 ? fixedPath(ctx, args[0], depth + 1) : undefined;
  }
  if ((globalIs(callee, ['URL']) || refIs(callee, 'url', 'URL')) && expr.type === 'NewExpression') {
    return joinParts(ctx, args, depth, (parts) => parts[0]);
  }
  return undefined;
}

/** The object literals among a call's arguments, also when passed through a `const`. */
function objectArgs(ctx: TsRuleContext, args: readonly Node[]): TSESTree.ObjectExpression[] {
  const out: TSESTree.ObjectExpression[] = [];
  for (const arg of args) {
    const expr = unwrapExpr(arg);
    if (expr.type === 'ObjectExpression') {
      out.push(expr);
      continue;
    }
    for (const value of ctx.values(expr)) {
      if (value.kind === 'obj' && value.node.type === 'ObjectExpression') {
        out.push(value.node);
      }
    }
  }
  return out;
}

/** The value node of `key` in any of the object literals a call receives. */
export function optionOf(ctx: TsRuleContext, args: readonly Node[], key: string): Node | undefined {
  for (const object of objectArgs(ctx, args)) {
    for (const prop of object.properties) {
      if (prop.type !== 'Property') {
        continue;
      }
      const name = prop.computed
        ? ctx.strings(prop.key)?.[0]
        : prop.key.type === 'Identifier'
          ? prop.key.name
          : String((prop.key as TSESTree.Literal).value);
      if (name === key) {
        return prop.value;
      }
    }
  }
  return undefined;
}

/** Whether an option is truthy when written: `true`, `!0`, a non-zero number, a non-empty string (`shell: '/bin/bash'`). */
export function isOn(ctx: TsRuleContext, node: Node | undefined): boolean {
  if (!node) {
    return false;
  }
  const expr = unwrapExpr(node);
  if (expr.type === 'Literal') {
    return (
      expr.value === true || (typeof expr.value === 'string' && expr.value !== '') || (typeof expr.value === 'number' && expr.value !== 0)
    );
  }
  if (expr.type === 'UnaryExpression' && expr.operator === '!') {
    const inner = unwrapExpr(expr.argument);
    return inner.type === 'Literal' && (inner.value === 0 || inner.value === '' || inner.value === null || inner.value === false);
  }
  const strings = ctx.strings(expr);
  return strings !== undefined && strings.every((s) => s !== '');
}

/** A short display form of an expression for messages (a template literal without its backticks). */
export function sourceOf(ctx: TsRuleContext, node: Node, max = 60): string {
  const text = ctx.text(node);
  return shorten(node.type === 'TemplateLiteral' ? text.slice(1, -1) : text, max);
}

/** A short display form of source text for messages. */
export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}
