/**
 * What the code behind a condition can do, for ts/trigger-condition: start processes, run code
 * from strings, talk to the network, write or delete files, exit the process, read secrets, or
 * let a request through an auth check. Local functions called there are followed two levels deep.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import type { Node } from '../../js/scope';
import { pushChildren } from '../../js/children';
import { isGlobal, refName, type RefValue } from '../../js/values';
import { targetsOf, type CallNode } from './calls';
import { apiOf } from './process-commands';
import { withoutDefault } from './process-imports';
import { operationOf } from './fs-ops';
import { envSource, networkCall } from './net-sources';
import { isInput } from './trigger-tests';
import { hardCodedDrop } from './net-urls';

export type GuardKind = 'process' | 'dynamic' | 'network' | 'fs-write' | 'auth' | 'exit' | 'env' | 'wipe' | 'choice';

export interface Guarded {
  kind: GuardKind;
  node: Node;
  /** `child_process.exec`, `fetch`, `return next()`. */
  name: string;
  severity: Severity;
}

export const GUARD_WHAT: Record<GuardKind, string> = {
  process: 'starting a process',
  dynamic: 'running code built from strings',
  network: 'a network request',
  'fs-write': 'writing or deleting files',
  auth: 'letting the request through an auth check',
  exit: 'stopping the process',
  env: 'reading secrets from the environment',
  wipe: 'wiping stored data',
  choice: 'which function runs',
};

/** Calls that destroy a datastore's contents: Redis flushes, dropped databases, tables and collections. */
const WIPE_METHOD = /^(flushall|flushAll|flushdb|flushDb|dropDatabase|dropCollection|dropTable|dropSchema|dropAllSchemas|truncateTable)$/;
/** SQL that destroys data, passed as a literal to any call. */
const WIPE_SQL = /^\s*(DROP\s+(TABLE|DATABASE|SCHEMA)|TRUNCATE(\s+TABLE)?\s+\w|DELETE\s+FROM\s+[\w."`]+\s*;?\s*$)/i;
/** A granted privilege: `role: 'admin'`, `isAdmin = true`, `user.superuser = true`. */
const PRIVILEGE_KEY = /^(role|roles|is_?admin|admin|is_?superuser|superuser|is_?staff|scope|scopes|permissions?)$/i;
/** Who the request acts as. */
const IDENTITY_KEY = /^(user_?id|uid|sub|subject|user_?name|login|account_?id|principal|actor|act_?as|impersonate\w*|email)$/i;
const PRIVILEGE_VALUE = /^(admin|administrator|root|superuser|owner|\*|all)$/i;

function wipeGuard(ctx: TsRuleContext, node: CallNode): Guarded | undefined {
  if (node.type !== 'CallExpression') {
    return undefined;
  }
  const callee = node.callee;
  if (
    callee.type === 'MemberExpression' &&
    !callee.computed &&
    callee.property.type === 'Identifier' &&
    WIPE_METHOD.test(callee.property.name)
  ) {
    return { kind: 'wipe', node, name: ctx.text(callee).replace(/\s+/g, ''), severity: 'high' };
  }
  const sql = node.arguments.flatMap((a) => (a.type === 'SpreadElement' ? [] : (ctx.strings(a) ?? []))).find((t) => WIPE_SQL.test(t));
  return sql ? { kind: 'wipe', node, name: sql.trim().slice(0, 40), severity: 'high' } : undefined;
}

/** A branch that grants a privileged role or flag (only inside an auth check or behind a magic value). */
function privilegeGuard(ctx: TsRuleContext, node: Node): Guarded | undefined {
  let key: Node | undefined;
  let value: Node | undefined;
  if (node.type === 'Property' && !node.computed) {
    [key, value] = [node.key, node.value];
  } else if (node.type === 'AssignmentExpression' && node.operator === '=') {
    [key, value] = [node.left.type === 'MemberExpression' && !node.left.computed ? node.left.property : node.left, node.right];
  }
  if (!key || !value || (key.type !== 'Identifier' && key.type !== 'Literal')) {
    return undefined;
  }
  const name = key.type === 'Identifier' ? key.name : String(key.value);
  if (IDENTITY_KEY.test(name) && value.type === 'MemberExpression' && isInput(ctx, value)) {
    // `return { userId: req.headers['x-act-as'] }`: whoever sends the request picks who they are.
    return { kind: 'auth', node, name: ctx.text(node).replace(/\s+/g, ' ').slice(0, 60), severity: 'high' };
  }
  if (!PRIVILEGE_KEY.test(name)) {
    return undefined;
  }
  const granted =
    (value.type === 'Literal' && value.value === true && /admin|superuser|staff/i.test(name)) ||
    (ctx.strings(value) ?? []).some((v) => PRIVILEGE_VALUE.test(v)) ||
    (value.type === 'ArrayExpression' &&
      value.elements.some((e) => e !== null && e.type !== 'SpreadElement' && (ctx.strings(e) ?? []).some((v) => PRIVILEGE_VALUE.test(v))));
  return granted ? { kind: 'auth', node, name: ctx.text(node).replace(/\s+/g, ' ').slice(0, 60), severity: 'high' } : undefined;
}

const MAX_NODES = 3000;
const MAX_DEPTH = 2;

function callGuard(ctx: TsRuleContext, node: CallNode): Guarded | undefined {
  const { targets } = targetsOf(ctx, node);
  for (const { ref } of targets) {
    const found = refGuard(ref);
    if (found) {
      return { ...found, node };
    }
  }
  const net = node.type === 'CallExpression' || node.type === 'NewExpression' ? networkCall(ctx, node) : undefined;
  if (net && net.kind !== 'dns') {
    return { kind: 'network', node, name: net.name, severity: 'high' };
  }
  return redirectGuard(ctx, node);
}

/** `res.redirect(302, 'https://t.example.net/c?...')`: the user (and what the URL carries) sent to a fixed outside host. */
function redirectGuard(ctx: TsRuleContext, node: CallNode): Guarded | undefined {
  const callee = node.type === 'CallExpression' ? node.callee : undefined;
  if (callee?.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || callee.property.name !== 'redirect') {
    return undefined;
  }
  const url = node.arguments.find((a) => /^[`'"]https?:\/\/[^/'"`$]+/.test(ctx.text(a)));
  return url ? { kind: 'network', node, name: 'a redirect to a fixed outside host', severity: 'high' } : undefined;
}

function refGuard(raw: RefValue): Omit<Guarded, 'node'> | undefined {
  const ref = withoutDefault(raw);
  if (apiOf(ref)) {
    return { kind: 'process', name: refName(ref), severity: 'high' };
  }
  if (isGlobal(ref, 'eval') || (isGlobal(ref, 'Function') && ref.via === undefined) || ref.module === 'vm') {
    return { kind: 'dynamic', name: refName(ref), severity: 'high' };
  }
  const op = operationOf(ref);
  if (op && (op.op === 'write' || op.op === 'delete') && op.member !== 'mkdir' && op.member !== 'mkdtemp') {
    return { kind: 'fs-write', name: refName(ref), severity: 'high' };
  }
  if (isGlobal(ref, 'process', 'exit') || isGlobal(ref, 'process', 'abort') || isGlobal(ref, 'process', 'kill')) {
    return { kind: 'exit', name: refName(ref), severity: 'medium' };
  }
  return undefined;
}

/** `return true`, `return next()`, `next()`: an auth check that lets the caller through. */
function authGuard(node: Node): Guarded | undefined {
  if (node.type === 'ReturnStatement' && node.argument?.type === 'Literal' && node.argument.value === true) {
    return { kind: 'auth', node, name: 'return true', severity: 'high' };
  }
  const call = node.type === 'ReturnStatement' ? node.argument : node.type === 'ExpressionStatement' ? node.expression : undefined;
  if (call?.type === 'CallExpression' && call.callee.type === 'Identifier' && call.callee.name === 'next' && call.arguments.length === 0) {
    return { kind: 'auth', node, name: 'next()', severity: 'high' };
  }
  return undefined;
}

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

/**
 * The most severe capability reached from `roots` (the guarded branches). `auth` counts only when
 * `authLike` is set: the condition sits in an auth or validation function, or tests a magic value.
 */
export function guardedCapability(ctx: TsRuleContext, roots: readonly Node[], authLike: boolean): Guarded | undefined {
  let best: Guarded | undefined;
  const seen = new Set<Node>();
  let budget = MAX_NODES;
  const consider = (found: Guarded | undefined): void => {
    // On a tie, what runs or changes on the machine says more than a request does.
    const outranks =
      found !== undefined &&
      (!best ||
        RANK[found.severity] > RANK[best.severity] ||
        (RANK[found.severity] === RANK[best.severity] && best.kind === 'network' && found.kind !== 'network'));
    if (found && outranks) {
      best = found;
    }
  };
  const visit = (root: Node, depth: number): void => {
    const stack: Node[] = [root];
    while (stack.length > 0 && budget-- > 0) {
      const node = stack.pop() as Node;
      if (seen.has(node)) {
        continue;
      }
      seen.add(node);
      if (node.type === 'CallExpression' || node.type === 'NewExpression') {
        const found = callGuard(ctx, node) ?? wipeGuard(ctx, node);
        consider(found);
        if (!found && depth < MAX_DEPTH) {
          for (const target of ctx.callTargets(node).targets) {
            if (target.kind === 'fn' && !seen.has(target.node)) {
              visit((target.node as TSESTree.FunctionLike).body ?? target.node, depth + 1);
            }
          }
        }
      } else if ((node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral') {
        const name = hardCodedDrop(ctx.text(node));
        consider(name ? { kind: 'network', node, name, severity: 'high' } : undefined);
      } else if (node.type === 'MemberExpression' && node.parent?.type !== 'MemberExpression') {
        const env = envSource(ctx, node);
        consider(env ? { kind: 'env', node, name: env.label, severity: 'medium' } : undefined);
      } else if (authLike && depth === 0) {
        consider(authGuard(node) ?? privilegeGuard(ctx, node));
      }
      pushChildren(stack, node);
    }
  };
  for (const root of roots) {
    visit(root, 0);
  }
  return best;
}

const AUTH_NAME =
  /auth|login|logon|signin|verif|valid|permi|access|admin|allow|guard|token|session|password|credential|license|licence|isAuthorized|canAccess/i;

/** Whether the condition sits in a function named like an auth or validation check. */
export function inAuthFunction(ctx: TsRuleContext, node: Node): boolean {
  const fn = ctx.enclosingFunction(node);
  const name = functionName(fn);
  return name !== undefined && AUTH_NAME.test(name);
}

function functionName(fn: Node): string | undefined {
  if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id) {
    return fn.id.name;
  }
  const parent = fn.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') {
    return parent.id.name;
  }
  if ((parent?.type === 'MethodDefinition' || parent?.type === 'Property') && parent.key.type === 'Identifier') {
    return parent.key.name;
  }
  return undefined;
}
