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

/** Variables that name the run's mode: in production they say so. */
const MODE_VARS = /^(NODE_ENV|BABEL_ENV|APP_ENV|ENV|ENVIRONMENT|MODE|RUN_ENV|DEPLOY_ENV|STAGE)$/;
const MAX_DEPTH = 12;

/** The environment variable a node reads (`process.env.X`, `env.X` through aliases, `import.meta.env.X`), or undefined. */
function envVarOf(ctx: TsRuleContext, node: Node): string | undefined {
  if (node.type !== 'MemberExpression' && node.type !== 'Identifier') {
    return undefined;
  }
  if (node.type === 'MemberExpression' && /^import\.meta\.env$/.test(ctx.text(node.object).replace(/\s+/g, ''))) {
    return propKey(ctx, node);
  }
  for (const ref of ctx.refs(node)) {
    const path = ref.module === 'process' ? ['process', ...ref.path] : ref.module === undefined ? ref.path : [];
    if (path.length === 3 && (path[0] === 'process' || path[0] === 'Bun') && path[1] === 'env') {
      return path[2];
    }
  }
  if (node.type === 'MemberExpression') {
    const objectIsEnv = ctx.refs(node.object).some((ref) => {
      const path = ref.module === 'process' ? ['process', ...ref.path] : ref.module === undefined ? ref.path : [];
      return path.length === 2 && path[0] === 'process' && path[1] === 'env';
    });
    return objectIsEnv ? propKey(ctx, node) : undefined;
  }
  return undefined;
}

type Folded = { value: unknown } | undefined;

/**
 * What an option computed from the environment is in a production run where nothing extra is set:
 * mode variables (`NODE_ENV`) say `production` and every other variable is unset. `rejectUnauthorized:
 * process.env.NODE_ENV === 'test'` is `false` there, `contextIsolation: process.env.LEGACY === '0'` too,
 * while `process.env.NODE_ENV === 'production'` and `process.env.TLS_VERIFY !== 'false'` are `true`.
 * Undefined when the value does not read the environment or cannot be folded.
 */
export function productionValue(ctx: TsRuleContext, node: Node): { value: unknown; vars: string[] } | undefined {
  const vars: string[] = [];
  const fold = (n: Node, depth: number): Folded => {
    if (depth > MAX_DEPTH) {
      return undefined;
    }
    const name = envVarOf(ctx, n);
    if (name !== undefined) {
      vars.push(name);
      return { value: MODE_VARS.test(name) ? 'production' : undefined };
    }
    switch (n.type) {
      case 'Literal':
        return n.value === null || ['string', 'number', 'boolean'].includes(typeof n.value) ? { value: n.value } : undefined;
      case 'TemplateLiteral': {
        const s = ctx.strings(n);
        return s?.length === 1 ? { value: s[0] } : undefined;
      }
      case 'Identifier':
        return n.name === 'undefined' ? { value: undefined } : undefined;
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
        return fold(n.expression, depth + 1);
      case 'UnaryExpression': {
        const inner = n.operator === '!' ? fold(n.argument, depth + 1) : undefined;
        return inner && { value: !inner.value };
      }
      case 'CallExpression': {
        const callee = ctx.text(n.callee);
        const arg = n.arguments[0];
        if (callee === 'Boolean' && arg && arg.type !== 'SpreadElement') {
          const inner = fold(arg, depth + 1);
          return inner && { value: Boolean(inner.value) };
        }
        return undefined;
      }
      case 'LogicalExpression': {
        const left = fold(n.left, depth + 1);
        if (!left) {
          return undefined;
        }
        const useLeft =
          n.operator === '&&' ? !left.value : n.operator === '||' ? Boolean(left.value) : left.value !== null && left.value !== undefined;
        return useLeft ? left : fold(n.right, depth + 1);
      }
      case 'ConditionalExpression': {
        const test = fold(n.test, depth + 1);
        return test && fold(test.value ? n.consequent : n.alternate, depth + 1);
      }
      case 'BinaryExpression': {
        if (n.left.type === 'PrivateIdentifier') {
          return undefined;
        }
        const left = fold(n.left, depth + 1);
        const right = left && fold(n.right, depth + 1);
        if (!left || !right) {
          return undefined;
        }
        switch (n.operator) {
          case '===':
            return { value: left.value === right.value };
          case '!==':
            return { value: left.value !== right.value };
          case '==':
            return { value: looseEqual(left.value, right.value) };
          case '!=':
            return { value: !looseEqual(left.value, right.value) };
          default:
            return undefined;
        }
      }
      default:
        return undefined;
    }
  };
  const folded = fold(node, 0);
  return folded && vars.length > 0 ? { value: folded.value, vars } : undefined;
}

/** `==` on the primitive values `productionValue` folds. */
function looseEqual(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) {
    return (a === null || a === undefined) && (b === null || b === undefined);
  }
  return a === b || String(a) === String(b);
}
