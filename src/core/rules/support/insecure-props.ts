/** Small helpers for the insecure-config rules: option keys and constant option values, folded through aliases. */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';

/** The constant key of a property or member (`rejectUnauthorized`, `['rejectUnauthorized']`, `[k]` with `k` constant). */
export function propKey(ctx: TsRuleContext, node: TSESTree.Property | TSESTree.MemberExpression): string | undefined {
  const key = node.type === 'Property' ? node.key : node.property;
  if (!node.computed) {
    return key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined;
  }
  const strings = ctx.strings(key);
  return strings?.length === 1 ? strings[0] : undefined;
}

/** What a constant expression is: `false`, `0`, `'0'`, `!1` and constants named elsewhere. */
export function constantOf(ctx: TsRuleContext, node: Node): boolean | string | number | undefined {
  if (node.type === 'Literal' && typeof node.value === 'boolean') {
    return node.value;
  }
  if (node.type === 'UnaryExpression' && node.operator === '!' && node.argument.type === 'Literal') {
    return !node.argument.value;
  }
  const values = ctx.values(node);
  if (values.length !== 1) {
    return undefined;
  }
  const v = values[0];
  if (v.kind === 'str' || v.kind === 'num') {
    return v.value;
  }
  return undefined;
}

export function isFalsy(ctx: TsRuleContext, node: Node): boolean {
  const c = constantOf(ctx, node);
  return c === false || c === 0 || c === '0' || c === 'false';
}

export function isTruthy(ctx: TsRuleContext, node: Node): boolean {
  const c = constantOf(ctx, node);
  return c === true || c === 1 || c === '1' || c === 'true';
}

/** The properties of an object literal by constant key (the last one wins, as at run time). */
export function objectProps(ctx: TsRuleContext, object: TSESTree.ObjectExpression): Map<string, TSESTree.Property> {
  const out = new Map<string, TSESTree.Property>();
  for (const prop of object.properties) {
    if (prop.type === 'Property') {
      const key = propKey(ctx, prop);
      if (key !== undefined) {
        out.set(key, prop);
      }
    }
  }
  return out;
}

export function clip(ctx: TsRuleContext, node: Node): string {
  const text = ctx.text(node).replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
