/**
 * Whether data written to a file carries secrets: secret environment variables (or the whole
 * environment), browser cookies and storage, request headers, or values named like keys and
 * tokens. Follows names to their declarations (two levels) so the line where the data is
 * gathered can be shown too.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { isSecretEnvName } from './net-sources';
import { walk } from './random-sources';

export interface SecretData {
  /** What was found: `process.env.API_KEY`, `init.headers`, `token`. */
  label: string;
  /** The declaration the data was gathered in, when it was followed through a name. */
  decl?: Node;
}

const SECRET_NAME =
  /^(api[_-]?key|apikey|access[_-]?token|refresh[_-]?token|auth[_-]?token|id[_-]?token|token|secret|client[_-]?secret|password|passwd|private[_-]?key|credentials?|authorization|cookie|cookies|session[_-]?id)$/i;
/** Objects whose `.headers` are a response's, not a request's. */
const RESPONSE_NAME = /^(res|resp|response|reply|result|r)$/i;

function keyName(node: Node, computed: boolean): string | undefined {
  if (!computed && node.type === 'Identifier') {
    return node.name;
  }
  return node.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
}

/** A secret read in one node (not its children). */
function secretAt(ctx: TsRuleContext, node: Node): string | undefined {
  if (node.type === 'MemberExpression') {
    const parent = node.parent;
    if (parent?.type === 'MemberExpression' && parent.object === node) {
      return undefined;
    }
    for (const ref of ctx.refs(node)) {
      const p = ref.module === undefined ? ref.path : [];
      if (p[0] === 'process' && p[1] === 'env') {
        const name = p[2];
        if (name === undefined ? parent?.type !== 'VariableDeclarator' : p.length === 3 && isSecretEnvName(name)) {
          return name === undefined ? 'process.env' : `process.env.${name}`;
        }
      }
      if ((p[0] === 'document' && p[1] === 'cookie') || ((p[0] === 'localStorage' || p[0] === 'sessionStorage') && p[1] === 'getItem')) {
        return p.join('.');
      }
    }
    const key = keyName(node.property, node.computed);
    const object = node.object.type === 'Identifier' ? node.object.name : undefined;
    if (key === 'headers' && object !== undefined && !RESPONSE_NAME.test(object)) {
      return `${object}.headers`;
    }
    return key !== undefined && SECRET_NAME.test(key) ? ctx.text(node) : undefined;
  }
  if (node.type === 'Property' && !node.computed) {
    const key = keyName(node.key, false);
    return key !== undefined && SECRET_NAME.test(key) && node.value.type !== 'Literal' ? key : undefined;
  }
  return node.type === 'Identifier' && SECRET_NAME.test(node.name) && isRead(node) ? node.name : undefined;
}

function isRead(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) {
    return false;
  }
  return !(parent?.type === 'Property' && parent.key === node && !parent.shorthand);
}

/** The first secret in the data an expression evaluates to, following names to their declarations. */
export function secretData(ctx: TsRuleContext, data: Node | undefined, depth = 0): SecretData | undefined {
  if (!data || depth > 2) {
    return undefined;
  }
  let found: SecretData | undefined;
  walk(data, (node) => {
    if (found || node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') {
      return false;
    }
    const label = secretAt(ctx, node);
    if (label) {
      found = { label };
      return false;
    }
    if (node.type === 'Identifier' && isRead(node)) {
      for (const value of ctx.values(node)) {
        const decl = value.trace?.[0];
        if (decl?.type === 'VariableDeclarator' && decl.init) {
          const inner = secretData(ctx, decl.init, depth + 1);
          if (inner) {
            found = { label: inner.label, decl: inner.decl ?? decl };
            return false;
          }
        }
      }
    }
    return true;
  });
  return found;
}
