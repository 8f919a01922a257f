/** Small helpers shared by the JS/TS rules: what a call calls, by canonical name. */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { modulePath, refName, type RefValue, type Value } from '../../js/values';

export type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

export interface Target {
  ref: RefValue;
  /** `child_process.exec`, `eval`, `fs.promises.readFile`. */
  name: string;
}

/** Every rule asks about the same calls: the answer is computed once per call node. */
const targetCache = new WeakMap<CallNode, { targets: Target[]; args: readonly Node[]; values: Value[] }>();

/** A call target whose display name is built only if a rule asks for it, and then once. */
class LazyTarget implements Target {
  private cachedName: string | undefined;
  constructor(readonly ref: RefValue) {}
  get name(): string {
    this.cachedName ??= refName(this.ref);
    return this.cachedName;
  }
}

/** The refs a call or `new` can invoke, through aliases and indirect calls. Callers must not modify the result. */
export function targetsOf(
  ctx: TsRuleContext,
  node: CallNode,
): { targets: readonly Target[]; args: readonly Node[]; values: readonly Value[] } {
  const cached = targetCache.get(node);
  if (cached) {
    return cached;
  }
  const { targets, args } = ctx.callTargets(node);
  const out: Target[] = [];
  for (const value of targets) {
    if (value.kind === 'ref') {
      out.push(new LazyTarget(value));
    }
  }
  const result = { targets: out, args, values: targets };
  targetCache.set(node, result);
  return result;
}

/** Targets that are members of one of `modules`, with the member path as a dotted string. */
export function moduleTargets(
  ctx: TsRuleContext,
  node: CallNode,
  modules: ReadonlySet<string>,
): { target: Target; member: string; args: readonly Node[] }[] {
  const { targets, args } = targetsOf(ctx, node);
  const out: { target: Target; member: string; args: readonly Node[] }[] = [];
  for (const target of targets) {
    const path = modulePath(target.ref, modules);
    if (path !== undefined) {
      out.push({ target, member: path.join('.'), args });
    }
  }
  return out;
}

/** Whether a ref is a global path (`globalThis.` roots already folded away). */
export function globalName(ref: RefValue): string | undefined {
  return ref.module === undefined ? ref.path.join('.') : undefined;
}

/** Whether the call is written exactly as its canonical name (no alias, no computed name). */
export function isPlainlyWritten(ctx: TsRuleContext, node: CallNode, name: string): boolean {
  const text = ctx.text(node.callee).replace(/\s+/g, '');
  return text === name || (text.endsWith(`.${name.split('.').pop()}`) && !/[[\]()]/.test(text));
}

/** The first object-literal argument's property value, by key. */
export function optionValue(args: readonly Node[], key: string): Node | undefined {
  for (const arg of args) {
    if (arg.type !== 'ObjectExpression') {
      continue;
    }
    for (const prop of arg.properties) {
      if (prop.type !== 'Property' || prop.computed) {
        continue;
      }
      const name = prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : undefined;
      if (name === key) {
        return prop.value;
      }
    }
  }
  return undefined;
}

/** Whether an expression is a constant `true` (literal or folded). */
export function isTrue(node: Node | undefined): boolean {
  return node?.type === 'Literal' && node.value === true;
}

const FUNCTION_CTORS = new Set(['Function', 'AsyncFunction', 'GeneratorFunction', 'AsyncGeneratorFunction']);

/** `Function` (or its async and generator kin) reached through `.constructor`, not named directly. */
export function isChainedFunction(value: Value): boolean {
  return (
    value.kind === 'ref' &&
    value.via === 'constructor' &&
    value.module === undefined &&
    value.path.length === 1 &&
    FUNCTION_CTORS.has(value.path[0])
  );
}

/** The value a declaration on a trace stores: `const F = x.constructor`, `F = x.constructor`. */
export function storedValue(decl: Node): Node | undefined {
  if (decl.type === 'VariableDeclarator') {
    return decl.init ?? undefined;
  }
  return decl.type === 'AssignmentExpression' ? decl.right : undefined;
}
