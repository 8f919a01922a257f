/**
 * Reads of the environment for ts/env-read: which values are the environment object
 * (`process.env`, `Bun.env`, `Deno.env.toObject()`, `import.meta.env`) or one variable of it, and
 * what the code around a whole-environment value does with it (copies, enumerates, serializes or
 * sends it, or only hands it to a child process or a validator).
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { RefValue } from '../../js/values';
import { targetsOf } from './calls';
import { networkCall } from './net-sources';

/** The variable path below the environment object (`[]` for the object itself), or undefined. */
export function envRest(ref: RefValue): readonly string[] | undefined {
  const p = ref.path;
  // Vite's `loadEnv(mode, root, prefix)`: the environment and the project's `.env` files, as one object.
  if (ref.module === 'vite' && p[0] === 'loadEnv' && p[1] === '()') {
    return p.slice(2);
  }
  if (ref.module !== undefined) {
    return undefined;
  }
  if ((p[0] === 'process' || p[0] === 'Bun') && p[1] === 'env') {
    return p.slice(2);
  }
  if (p[0] === 'Deno' && p[1] === 'env' && p[2] === 'toObject' && p[3] === '()') {
    return p.slice(4);
  }
  return undefined;
}

/** `import.meta.env`, which the evaluator does not model. */
export function isImportMetaEnv(node: Node): boolean {
  if (node.type !== 'MemberExpression' || node.object.type !== 'MetaProperty' || node.object.meta.name !== 'import') {
    return false;
  }
  return !node.computed && node.property.type === 'Identifier' && node.property.name === 'env';
}

export type WholeUse = { messageId: 'enumerate' | 'serialized' | 'copy' | 'passed' | 'stored'; severity: 'high' | 'medium'; via: string };

const TRANSPARENT = new Set([
  'LogicalExpression',
  'ConditionalExpression',
  'TSAsExpression',
  'TSNonNullExpression',
  'TSSatisfiesExpression',
  'TSTypeAssertion',
  'ChainExpression',
  'AwaitExpression',
  'SequenceExpression',
]);

const ENUMERATORS = new Set([
  'Object.keys',
  'Object.entries',
  'Object.values',
  'Object.getOwnPropertyNames',
  'Object.getOwnPropertyDescriptors',
  'Reflect.ownKeys',
]);
const SERIALIZERS = new Set([
  'JSON.stringify',
  'structuredClone',
  'String',
  'btoa',
  'encodeURIComponent',
  'Buffer.from',
  'Object.fromEntries',
]);
const HARMLESS = new Set([
  'Object.hasOwn',
  'Object.prototype.hasOwnProperty.call',
  'Reflect.has',
  'Reflect.get',
  'Reflect.set',
  'Reflect.deleteProperty',
  'Object.freeze',
  'Object.isFrozen',
]);
/** Validators and loaders that take the environment to read a few named variables from it. */
const VALIDATORS =
  /^(parse|safeParse|parseAsync|safeParseAsync|validate|validateSync|assert|cleanEnv|createEnv|parseEnv|loadEnv|envsafe|config|populate|expand|from|check|decode)$/;
/** Methods that write, log or send their argument somewhere. */
const EXPOSERS =
  /^(send|json|jsonp|write|end|log|info|debug|warn|error|trace|fatal|emit|post|put|patch|publish|postMessage|render|set|setItem|capture\w*|track|report\w*|upload\w*|dump)$/;
/** Options of a child process or worker, next to which `env` is that process's environment. */
const PROCESS_OPTIONS =
  /^(cwd|stdio|shell|detached|argv0|uid|gid|windowsHide|execArgv|execPath|workerData|timeout|encoding|maxBuffer|killSignal|input|serialization|extendEnv|preferLocal|reject|stdout|stderr|stdin|signal|args|command|cmd|script|exec)$/;
const ENV_KEYS = /^(env|processEnv|environment|runtimeEnv|extraEnv|childEnv)$/;

function keyOf(prop: TSESTree.Property): string | undefined {
  if (!prop.computed && prop.key.type === 'Identifier') {
    return prop.key.name;
  }
  return prop.key.type === 'Literal' ? String(prop.key.value) : undefined;
}

/** The canonical names a call can invoke, plus its method name when called on an object. */
function callNames(ctx: TsRuleContext, call: TSESTree.CallExpression | TSESTree.NewExpression): { names: string[]; method?: string } {
  const names = targetsOf(ctx, call).targets.map((t) => (t.ref.module ? `${t.ref.module}.${t.ref.path.join('.')}` : t.ref.path.join('.')));
  const callee = call.callee.type === 'ChainExpression' ? call.callee.expression : call.callee;
  const method =
    callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : undefined;
  return { names, method };
}

/** Whether a call writes, logs, serializes or sends what it is given; the name it goes by. */
function exposingCall(ctx: TsRuleContext, call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const { names, method } = callNames(ctx, call);
  const found = names.find(
    (n) =>
      SERIALIZERS.has(n) || n.startsWith('console.') || /^util\.(inspect|format)$/.test(n) || /^(fs|fs\/promises)\.(write|append)/.test(n),
  );
  if (found) {
    return found;
  }
  if (networkCall(ctx, call)) {
    return ctx.text(call.callee);
  }
  return method !== undefined && EXPOSERS.test(method) ? method : undefined;
}

/** The first call above `node` (in the same function) that writes, logs, serializes or sends its argument. */
export function exposedBy(ctx: TsRuleContext, node: Node): string | undefined {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'ArrowFunctionExpression' || parent.type === 'FunctionExpression' || parent.type === 'FunctionDeclaration') {
      return undefined;
    }
    if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.callee !== child) {
      const name = exposingCall(ctx, parent);
      if (name) {
        return name;
      }
    }
  }
  return undefined;
}

/** `{ env: process.env }` or `{ env: { ...process.env, X } }` as the options of a child process or a call. */
function isEnvOption(prop: TSESTree.Property): boolean {
  const key = keyOf(prop);
  if (key === undefined || !ENV_KEYS.test(key)) {
    return false;
  }
  const object = prop.parent as TSESTree.ObjectExpression;
  const holder = object.parent;
  if ((holder?.type === 'CallExpression' || holder?.type === 'NewExpression') && holder.callee !== object) {
    return true;
  }
  return object.properties.some((p) => p.type === 'Property' && p !== prop && PROCESS_OPTIONS.test(keyOf(p) ?? ''));
}

/**
 * `{ ...process.env, FORCE_COLOR: '0' }` as the `env` option of a call or of a process's options, in an
 * `env` variable, or with variables added: an environment for a child. (`{ uptime, env: { ...process.env } }`
 * returned from a handler is a copy.)
 */
function isChildEnv(object: TSESTree.ObjectExpression): boolean {
  const holder = object.parent;
  if (holder?.type === 'Property' && holder.value === object && isEnvOption(holder)) {
    return true;
  }
  if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier' && /env/i.test(holder.id.name)) {
    return true;
  }
  return object.properties.some(
    (p) => p.type === 'Property' && /^([A-Z][A-Z0-9]*_[A-Z0-9_]*|[A-Z]{2,}|npm_config_\w+)$/.test(keyOf(p) ?? ''),
  );
}

function inCall(ctx: TsRuleContext, call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): WholeUse | undefined {
  const { names, method } = callNames(ctx, call);
  const via = names[0] ?? ctx.text(call.callee);
  if (ctx.callTargets(call).targets.some((t) => t.kind === 'fn')) {
    // A function of this file: what it does with the environment is flagged where it does it.
    return undefined;
  }
  if (names.some((n) => ENUMERATORS.has(n))) {
    return { messageId: 'enumerate', severity: 'high', via };
  }
  if (names.includes('Object.assign')) {
    return index === 0 ? undefined : { messageId: 'copy', severity: exposedBy(ctx, call) ? 'high' : 'medium', via };
  }
  if (names.some((n) => HARMLESS.has(n))) {
    return undefined;
  }
  const exposer = exposingCall(ctx, call);
  if (exposer) {
    return { messageId: 'serialized', severity: 'high', via: exposer };
  }
  if (method !== undefined && VALIDATORS.test(method)) {
    return undefined;
  }
  if (call.callee.type === 'Identifier' && VALIDATORS.test(call.callee.name)) {
    return undefined;
  }
  return { messageId: 'passed', severity: 'medium', via: ctx.text(call.callee).slice(0, 60) };
}

/** What the code does with a value that is the whole environment; undefined when it only names or forwards it. */
export function wholeUse(ctx: TsRuleContext, node: Node): WholeUse | undefined {
  let child: Node = node;
  let parent = node.parent;
  while (parent && TRANSPARENT.has(parent.type) && !(parent.type === 'ConditionalExpression' && parent.test === child)) {
    child = parent;
    parent = parent.parent;
  }
  switch (parent?.type) {
    case 'ForInStatement':
      return parent.right === child ? { messageId: 'enumerate', severity: 'high', via: 'for…in' } : undefined;
    case 'CallExpression':
    case 'NewExpression': {
      const index = ctx.callTargets(parent).args.indexOf(child);
      return index >= 0 ? inCall(ctx, parent, index) : undefined;
    }
    case 'SpreadElement': {
      const object = parent.parent;
      if (object?.type !== 'ObjectExpression') {
        return undefined;
      }
      if (isChildEnv(object) && !exposedBy(ctx, object)) {
        return undefined;
      }
      return { messageId: 'copy', severity: exposedBy(ctx, object) ? 'high' : 'medium', via: '{ ...env }' };
    }
    case 'Property': {
      if (parent.value !== child || parent.parent?.type !== 'ObjectExpression') {
        return undefined;
      }
      const exposer = exposedBy(ctx, parent);
      if (exposer) {
        return { messageId: 'serialized', severity: 'high', via: exposer };
      }
      return isEnvOption(parent) ? undefined : { messageId: 'stored', severity: 'medium', via: keyOf(parent) ?? '[…]' };
    }
    case 'ArrayExpression': {
      const call = parent.parent;
      if (call?.type === 'CallExpression') {
        const index = ctx.callTargets(call).args.indexOf(child);
        if (index >= 0) {
          return inCall(ctx, call, index);
        }
      }
      return { messageId: 'stored', severity: exposedBy(ctx, parent) ? 'high' : 'medium', via: '[…]' };
    }
    default:
      return undefined;
  }
}
