/**
 * Reads of the process environment in Python: the whole mapping (`os.environ` copied,
 * enumerated, serialized or handed on) or one variable (`os.getenv`, `os.environ.get`,
 * `os.environ[...]`), and which variable names hold secrets.
 */
import type { PyRuleContext } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { isPlatformCredential, isSecretName } from './secret-names';
import { envKey, isEnvMapping, walkPy } from './py-fs-paths';

/** Whether an environment variable name holds a secret. */
export function isSecretEnv(name: string): boolean {
  return isSecretName(name) || isPlatformCredential(name) || /^AWS_(SECRET|ACCESS|SESSION)/.test(name);
}

export interface WholeEnvUse {
  /** The node to report (the call, dict or loop that copies or enumerates the environment). */
  node: PyNode;
  how: 'copy' | 'enumerate' | 'keys' | 'passed' | 'spread';
  /** For `passed`: the call it is handed to. */
  callee?: string;
}

const COPY_METHODS = new Set(['copy', 'items', 'values', '__repr__', '__str__', '__iter__']);
/** Methods that read or write one variable, handled elsewhere or not a read at all. */
const SINGLE_METHODS = new Set([
  'get',
  'setdefault',
  'pop',
  'update',
  'clear',
  '__setitem__',
  '__delitem__',
  '__contains__',
  'putenv',
  'unsetenv',
]);

/** Whether a node is the environment mapping itself (`os.environ`, an alias of it). */
export function isEnvObject(ctx: PyRuleContext, node: PyNode): boolean {
  if (node.type !== 'attribute' && node.type !== 'identifier') {
    return false;
  }
  const parent = node.parent;
  if (parent?.type === 'attribute' && field(parent, 'object') !== node) {
    return false;
  }
  if (node.type === 'identifier') {
    const binding =
      parent?.type === 'aliased_import' ||
      parent?.type === 'dotted_name' ||
      parent?.type === 'import_from_statement' ||
      (parent?.type === 'keyword_argument' && field(parent, 'name') === node) ||
      (parent?.type === 'assignment' && field(parent, 'left') === node);
    if (binding) {
      return false;
    }
  }
  return ctx.names(node).some(isEnvMapping);
}

/** Whether an expression ends up only as the `env=` of a call (a child process's environment). */
function onlyChildEnv(ctx: PyRuleContext, node: PyNode): boolean {
  const parent = node.parent;
  if (parent?.type === 'keyword_argument' && ctx.text(field(parent, 'name') ?? parent) === 'env') {
    return true;
  }
  const left = parent?.type === 'assignment' && field(parent, 'right') === node ? field(parent, 'left') : undefined;
  if (left?.type !== 'identifier') {
    return false;
  }
  const name = ctx.text(left);
  let asEnv = false;
  let other = false;
  walkPy(ctx.enclosingFunction(node), (n) => {
    if (n.type !== 'identifier' || ctx.text(n) !== name || n === left) {
      return true;
    }
    const p = n.parent;
    if (p?.type === 'keyword_argument' && field(p, 'value') === n) {
      if (ctx.text(field(p, 'name') ?? p) === 'env') {
        asEnv = true;
      } else {
        other = true;
      }
    } else if (p?.type === 'argument_list') {
      other = true;
    }
    return true;
  });
  return asEnv && !other;
}

/** How a use of the whole environment exposes it, if it does. */
export function wholeEnvUse(ctx: PyRuleContext, node: PyNode): WholeEnvUse | undefined {
  let at = node;
  while (at.parent?.type === 'parenthesized_expression') {
    at = at.parent;
  }
  const parent = at.parent;
  if (!parent) {
    return undefined;
  }
  switch (parent.type) {
    case 'attribute': {
      const method = ctx.text(field(parent, 'attribute') ?? parent);
      const call = parent.parent?.type === 'call' && field(parent.parent, 'function') === parent ? parent.parent : undefined;
      if (!call || SINGLE_METHODS.has(method)) {
        return undefined;
      }
      if (method === 'keys') {
        return { node: call, how: 'keys' };
      }
      return COPY_METHODS.has(method) && !onlyChildEnv(ctx, call)
        ? { node: call, how: method === 'copy' ? 'copy' : 'enumerate' }
        : undefined;
    }
    case 'argument_list': {
      const call = parent.parent;
      if (!call || call.type !== 'call') {
        return undefined;
      }
      if (onlyChildEnv(ctx, call) && ctx.callNames(call).some((n) => n === 'builtins.dict')) {
        return undefined;
      }
      const names = ctx.callNames(call);
      const how = names.some((n) => n === 'builtins.dict' || n === 'copy.copy' || n === 'copy.deepcopy') ? 'copy' : 'passed';
      return { node: call, how, callee: ctx.text(field(call, 'function') ?? call).slice(0, 40) };
    }
    case 'keyword_argument':
      return ctx.text(field(parent, 'name') ?? parent) === 'env' ? undefined : wholeEnvUse(ctx, parent);
    case 'dictionary_splat': {
      const dict = parent.parent;
      return dict && !onlyChildEnv(ctx, dict) ? { node: dict, how: 'spread' } : undefined;
    }
    case 'for_statement':
    case 'for_in_clause':
      return field(parent, 'right') === at ? { node: at, how: 'enumerate' } : undefined;
    case 'list_splat':
      return { node: parent, how: 'enumerate' };
    default:
      return undefined;
  }
}

/** One variable read: its key node and the call or subscript that reads it. Writes (`os.environ['X'] = v`) are not reads. */
export function singleEnvRead(ctx: PyRuleContext, node: PyNode): { key: PyNode | undefined } | undefined {
  const env = envKey(ctx, node);
  if (!env) {
    return undefined;
  }
  if (node.type === 'subscript') {
    const parent = node.parent;
    const isTarget =
      ((parent?.type === 'assignment' || parent?.type === 'augmented_assignment') && field(parent, 'left') === node) ||
      parent?.type === 'delete_statement' ||
      (parent?.type === 'expression_list' && parent.parent?.type === 'delete_statement');
    if (isTarget) {
      return undefined;
    }
  }
  return { key: env.key };
}

/** The secret variable names an expression can be, when it is constant. */
export function secretKeys(ctx: PyRuleContext, key: PyNode | undefined): { names: string[]; secret: string[] } | undefined {
  const names = key ? ctx.strings(key) : undefined;
  return names ? { names, secret: names.filter(isSecretEnv) } : undefined;
}

/**
 * The first secret-named variable or attribute a value is built from (`settings.SMTP_PASSWORD` inside an f-string, a
 * concatenation or a call's arguments), not counting what is called (`get_token()`); undefined when there is none.
 */
export function secretReference(ctx: PyRuleContext, value: PyNode): string | undefined {
  const stack = [value];
  for (let budget = 200; stack.length > 0 && budget > 0; budget--) {
    const node = stack.pop() as PyNode;
    const name = node.type === 'identifier' ? ctx.text(node) : node.type === 'attribute' ? ctx.text(field(node, 'attribute') ?? node) : '';
    const called = node.parent?.type === 'call' && field(node.parent, 'function') === node;
    if (name !== '' && !called && isSecretName(name)) {
      return name;
    }
    if (node.type !== 'attribute') {
      stack.push(...namedChildren(node));
    }
  }
  return undefined;
}
