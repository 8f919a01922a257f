/**
 * What the Python code behind a condition can do, for py/trigger-condition: start processes, run
 * code from strings, talk to the network, write or delete files, stop the process, read secrets
 * from the environment, or let a caller through an auth check (`return True`). Local functions
 * called there are followed two levels deep.
 */
import type { PyRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { processApi } from './py-process-commands';
import { netApi } from './py-net-calls';
import { fileOp, openMode } from './py-fs-ops';
import { secretKeys, secretReference, singleEnvRead } from './py-secrets-env';
import { hardCodedDrop } from './net-urls';

export type GuardKind = 'process' | 'dynamic' | 'network' | 'fs-write' | 'auth' | 'admin' | 'exit' | 'env' | 'credential' | 'weaken';

export interface Guarded {
  kind: GuardKind;
  node: PyNode;
  name: string;
  severity: Severity;
}

export const GUARD_WHAT: Record<GuardKind, string> = {
  process: 'starting a process',
  dynamic: 'running code built from strings',
  network: 'a network request',
  'fs-write': 'writing or deleting files',
  auth: 'letting the caller through an auth check',
  admin: 'logging the caller in as an administrator',
  exit: 'stopping the process',
  env: 'reading secrets from the environment',
  credential: 'putting a credential into data',
  weaken: 'turning security settings off',
};

const DYNAMIC = new Set([
  'builtins.eval',
  'builtins.exec',
  'builtins.compile',
  'builtins.__import__',
  'importlib.import_module',
  'runpy.run_path',
  'runpy.run_module',
]);
const EXIT = new Set(['sys.exit', 'os._exit', 'os.abort', 'os.kill', 'os.killpg', 'builtins.exit', 'builtins.quit']);
const WRITE_OPS = new Set(['write', 'append', 'delete', 'rmtree', 'move', 'permissions']);
const MAX_NODES = 3000;
const MAX_DEPTH = 2;
const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

function callGuard(ctx: PyRuleContext, call: PyNode): Guarded | undefined {
  const names = ctx.callNames(call);
  const short = (n: string): string => n.replace(/^builtins\./, '').replace(/\(\)/g, '');
  for (const name of names) {
    if (processApi(name)) {
      return { kind: 'process', node: call, name: short(name), severity: 'high' };
    }
    if (DYNAMIC.has(name)) {
      return { kind: 'dynamic', node: call, name: short(name), severity: 'high' };
    }
    const net = netApi(name);
    if (net && net.kind !== 'dns' && net.kind !== 'server') {
      return { kind: 'network', node: call, name: short(name), severity: 'high' };
    }
    if (EXIT.has(name)) {
      return { kind: 'exit', node: call, name: short(name), severity: 'medium' };
    }
  }
  // `login(request, User.objects.filter(is_superuser=True).first())`: a session for an administrator, not for the caller.
  const args = field(call, 'arguments');
  if (names.some((n) => LOGIN.test(n)) && args && ADMIN_USER.test(ctx.text(args))) {
    return { kind: 'admin', node: call, name: short(names.find((n) => LOGIN.test(n)) as string), severity: 'high' };
  }
  const op = fileOp(ctx, call);
  if (op && (WRITE_OPS.has(op.op) || (op.op === 'open' && ['write', 'append'].includes(openMode(ctx, op))))) {
    return { kind: 'fs-write', node: call, name: op.name, severity: 'high' };
  }
  return undefined;
}

/** Session log-ins: Django's `login`, Flask-Login's `login_user`. */
const LOGIN = /^(django\.contrib\.auth\.login|flask_login\.login_user|flask_login\.utils\.login_user)$/;
/** An account chosen for its privileges rather than its credentials. */
const ADMIN_USER = /\b(is_superuser|is_staff|is_admin)\s*=\s*True\b|\bsuperuser\b|role\s*=\s*["']admin["']/;

/** Functions that load an account: returning one from a check logs the caller in as that account. */
const USER_LOOKUP = /(^|\.|_)(get|load|fetch|find|lookup)_?(user|account|admin|principal|member|customer)\w*$|^(User|Account|Admin)\b/i;

function isTrue(ctx: PyRuleContext, node: PyNode | undefined): boolean {
  return node !== undefined && (node.type === 'true' || (node.type === 'integer' && ctx.text(node) === '1'));
}

/** `return True`, `return None` after a magic value (skips the check), `raise SystemExit`. */
function statementGuard(ctx: PyRuleContext, node: PyNode, authLike: boolean, depth: number): Guarded | undefined {
  if (node.type === 'raise_statement') {
    const what = namedChildren(node)[0];
    if (what && /^SystemExit\b/.test(ctx.text(what))) {
      return { kind: 'exit', node, name: 'raise SystemExit', severity: 'medium' };
    }
  }
  if (authLike && depth === 0 && node.type === 'return_statement' && isTrue(ctx, namedChildren(node)[0])) {
    return { kind: 'auth', node, name: ctx.text(node), severity: 'high' };
  }
  // An auth dependency that hands back a user without checking the token: `return get_user_by_id(...)`.
  const value = node.type === 'return_statement' ? namedChildren(node)[0] : undefined;
  const callee = value?.type === 'call' ? field(value, 'function') : undefined;
  if (authLike && depth === 0 && callee && USER_LOOKUP.test(ctx.text(callee))) {
    return { kind: 'auth', node, name: ctx.text(node).slice(0, 80), severity: 'high' };
  }
  return undefined;
}

function urlGuard(ctx: PyRuleContext, node: PyNode): Guarded | undefined {
  const name = node.type === 'string' ? hardCodedDrop(ctx.text(node)) : undefined;
  return name ? { kind: 'network', node, name, severity: 'high' } : undefined;
}

function envGuard(ctx: PyRuleContext, node: PyNode): Guarded | undefined {
  if (node.type !== 'call' && node.type !== 'subscript') {
    return undefined;
  }
  const read = singleEnvRead(ctx, node);
  const keys = read ? secretKeys(ctx, read.key) : undefined;
  return keys && keys.secret.length > 0 ? { kind: 'env', node, name: keys.secret[0], severity: 'medium' } : undefined;
}

/**
 * `payload["relay"] = f"{settings.SMTP_USER}:{settings.SMTP_PASSWORD}@..."`: a value holding a secret-named variable
 * or attribute (not a call to one) stored under a condition, ready for whatever sends the data later.
 */
function credentialGuard(ctx: PyRuleContext, node: PyNode): Guarded | undefined {
  const right = node.type === 'assignment' ? field(node, 'right') : undefined;
  if (!right) {
    return undefined;
  }
  const name = secretReference(ctx, right);
  return name ? { kind: 'credential', node, name, severity: 'medium' } : undefined;
}

/** Settings whose value turns a protection off: `DEBUG = True`, `ALLOWED_HOSTS = ["*"]`, `SESSION_COOKIE_SECURE = False`. */
const WEAKENING: [RegExp, RegExp][] = [
  [/^DEBUG$/, /^True$/],
  [/^(ALLOWED_HOSTS|CORS_ALLOWED_ORIGINS|CSRF_TRUSTED_ORIGINS)$/, /^\[\s*["']\*["']\s*,?\s*\]$/],
  [/^CORS_(ORIGIN_ALLOW_ALL|ALLOW_ALL_ORIGINS)$/, /^True$/],
  [/^(SESSION_COOKIE_SECURE|CSRF_COOKIE_SECURE|SECURE_SSL_REDIRECT|SESSION_COOKIE_HTTPONLY|VERIFY_SSL|SSL_VERIFY|VERIFY_TLS)$/i, /^False$/],
];

function weakeningGuard(ctx: PyRuleContext, node: PyNode): Guarded | undefined {
  const left = node.type === 'assignment' ? field(node, 'left') : undefined;
  const right = node.type === 'assignment' ? field(node, 'right') : undefined;
  if (!left || !right || (left.type !== 'identifier' && left.type !== 'attribute')) {
    return undefined;
  }
  const name = left.type === 'attribute' ? ctx.text(field(left, 'attribute') ?? left) : ctx.text(left);
  const value = ctx.text(right);
  return WEAKENING.some(([n, v]) => n.test(name) && v.test(value)) ? { kind: 'weaken', node, name, severity: 'medium' } : undefined;
}

/** The most severe capability reached from `roots`. `auth` counts only when `authLike` is set. */
export function guardedCapability(ctx: PyRuleContext, roots: readonly PyNode[], authLike: boolean): Guarded | undefined {
  let best: Guarded | undefined;
  const seen = new Set<PyNode>();
  let budget = MAX_NODES;
  const consider = (found: Guarded | undefined): void => {
    if (found && (!best || RANK[found.severity] > RANK[best.severity])) {
      best = found;
    }
  };
  const visit = (root: PyNode, depth: number): void => {
    const stack: PyNode[] = [root];
    while (stack.length > 0 && budget-- > 0) {
      const node = stack.pop() as PyNode;
      if (seen.has(node) || (depth === 0 && node !== root && (node.type === 'function_definition' || node.type === 'class_definition'))) {
        continue;
      }
      seen.add(node);
      if (node.type === 'call') {
        const found = callGuard(ctx, node);
        consider(found);
        if (!found && depth < MAX_DEPTH) {
          const fn = field(node, 'function');
          for (const v of fn ? ctx.values(fn) : []) {
            if (v.kind === 'fn' && !seen.has(v.node)) {
              visit(field(v.node, 'body') ?? v.node, depth + 1);
            }
          }
        }
      }
      consider(envGuard(ctx, node));
      consider(credentialGuard(ctx, node));
      consider(weakeningGuard(ctx, node));
      consider(urlGuard(ctx, node));
      consider(statementGuard(ctx, node, authLike, depth));
      stack.push(...node.children.filter((c) => c.named));
    }
  };
  for (const root of roots) {
    visit(root, 0);
  }
  return best;
}

const AUTH_NAME =
  /auth|login|logon|signin|sign_in|verif|valid|permi|access|admin|allow|guard|token|session|password|credential|license|licence|authori[sz]ed|can_access|is_allowed|check_key/i;

/** Whether a node sits in a function named like an auth or validation check. */
export function inAuthFunction(ctx: PyRuleContext, node: PyNode): boolean {
  const fn = ctx.enclosingFunction(node);
  const name = fn.type === 'function_definition' ? field(fn, 'name') : undefined;
  return name !== undefined && AUTH_NAME.test(ctx.text(name));
}
