/**
 * For ts/child-process: processes started through Node's internal bindings, past `child_process`
 * (`process.binding('spawn_sync').spawn(...)`, `new (process.binding('process_wrap').Process)().spawn(...)`).
 * The evaluator keeps the binding's result as `process.binding()` without its argument, so the
 * binding's name is read back from the call that produced the object.
 */
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { RefValue } from '../../js/values';
import { sourceOf, unwrapExpr } from './process-paths';

const BINDINGS = new Set(['binding', '_linkedBinding']);
/** Internal bindings that start processes; a binding whose name is not constant may be one of them. */
const PROCESS_BINDINGS = new Set(['spawn_sync', 'process_wrap']);
const MAX_DEPTH = 8;

export interface BindingSpawn {
  /** Display name: `process.binding('spawn_sync').spawn`. */
  name: string;
  /** The binding's name, or the source of the expression naming it. */
  binding: string;
}

function isBindingCall(ctx: TsRuleContext, node: Node): boolean {
  return (
    node.type === 'CallExpression' &&
    ctx.refs(node.callee).some((r) => r.module === undefined && r.path.length === 2 && r.path[0] === 'process' && BINDINGS.has(r.path[1]))
  );
}

function initOf(decl: Node): Node | undefined {
  switch (decl.type) {
    case 'VariableDeclarator':
      return decl.init ?? undefined;
    case 'AssignmentExpression':
      return decl.right;
    case 'PropertyDefinition':
      return decl.value ?? undefined;
    default:
      return undefined;
  }
}

/** The `process.binding(...)` call an expression's object came from, through members, `new` and declarations. */
function bindingCallOf(ctx: TsRuleContext, node: Node, depth = 0): Node | undefined {
  const expr = unwrapExpr(node);
  if (depth > MAX_DEPTH) {
    return undefined;
  }
  if (isBindingCall(ctx, expr)) {
    return expr;
  }
  switch (expr.type) {
    case 'CallExpression':
    case 'NewExpression':
      return bindingCallOf(ctx, expr.callee, depth + 1);
    case 'MemberExpression':
      return bindingCallOf(ctx, expr.object, depth + 1);
    case 'Identifier':
      return fromTrace(
        ctx,
        ctx.values(expr).flatMap((v) => v.trace ?? []),
        depth,
      );
    default:
      return undefined;
  }
}

function fromTrace(ctx: TsRuleContext, trace: readonly Node[], depth: number): Node | undefined {
  for (const decl of trace) {
    const init = initOf(decl);
    const found = init ? bindingCallOf(ctx, init, depth + 1) : undefined;
    if (found) {
      return found;
    }
  }
  return undefined;
}

/**
 * Whether a call target is `.spawn` on a process binding (`process.binding().spawn`,
 * `process.binding().Process().spawn`), and which binding; undefined when the binding is known
 * and does not start processes.
 */
export function bindingSpawn(ctx: TsRuleContext, ref: RefValue, callee: Node): BindingSpawn | undefined {
  const p = ref.path;
  const shape =
    ref.module === undefined &&
    p.length >= 4 &&
    p.length <= 6 &&
    p[0] === 'process' &&
    BINDINGS.has(p[1]) &&
    p[2] === '()' &&
    p[p.length - 1] === 'spawn';
  if (!shape) {
    return undefined;
  }
  const call = bindingCallOf(ctx, callee) ?? fromTrace(ctx, ref.trace ?? [], 0);
  const arg = call?.type === 'CallExpression' ? call.arguments[0] : undefined;
  const names = arg ? ctx.strings(arg) : undefined;
  if (names && !names.some((n) => PROCESS_BINDINGS.has(n))) {
    return undefined;
  }
  const known = names?.find((n) => PROCESS_BINDINGS.has(n));
  const binding = known ?? (arg ? sourceOf(ctx, arg, 30) : '?');
  const shown = known ? `'${known}'` : arg ? binding : '...';
  const rest = p
    .slice(3)
    .join('.')
    .replace(/\.\(\)/g, '()');
  return { name: `process.${p[1]}(${shown}).${rest}`, binding };
}
