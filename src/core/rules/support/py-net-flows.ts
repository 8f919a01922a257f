/**
 * Data that should not leave the machine, and whether it reaches a network call in the same
 * function: secret environment variables, the whole environment, the system keyring,
 * credential files and file contents. Follows assignments inside the function (`key = ...;
 * payload = {'k': key}; requests.post(url, json=payload)`).
 */
import type { PyRuleContext } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { fileOp, openMode } from './py-fs-ops';
import { classifyPyPath, clip, walkPy, within } from './py-fs-paths';
import { isEnvObject, secretKeys, singleEnvRead } from './py-secrets-env';

export interface Source {
  node: PyNode;
  label: string;
  /** Secrets (env, keyring, credential files) rather than ordinary file contents. */
  secret: boolean;
  fn: PyNode;
}

const KEYRING = /^keyring\.(get_password|get_credential)$/;
const HOST_INFO = /^(getpass\.getuser|socket\.gethostname|platform\.node|platform\.uname|os\.uname|uuid\.getnode)$/;

/** What a node reads, if it is a source. */
export function sourceOf(ctx: PyRuleContext, node: PyNode): Omit<Source, 'fn'> | undefined {
  if (node.type === 'attribute' || node.type === 'identifier') {
    return isEnvObject(ctx, node) && node.parent?.type !== 'subscript' && !isSingleMethod(ctx, node)
      ? { node, label: 'the whole environment', secret: true }
      : undefined;
  }
  if (node.type === 'subscript' || node.type === 'call') {
    const read = singleEnvRead(ctx, node);
    const secret = read ? secretKeys(ctx, read.key)?.secret[0] : undefined;
    if (secret) {
      return { node, label: secret, secret: true };
    }
  }
  if (node.type !== 'call') {
    return undefined;
  }
  const names = ctx.callNames(node);
  if (names.some((n) => KEYRING.test(n))) {
    return { node, label: 'a keyring password', secret: true };
  }
  if (names.some((n) => HOST_INFO.test(n))) {
    return { node, label: `\`${names[0]}()\` (machine identity)`, secret: false };
  }
  const op = fileOp(ctx, node);
  const reads = op && (op.op === 'read' || (op.op === 'open' && openMode(ctx, op) === 'read'));
  if (op && reads) {
    const info = op.implicit ? { class: 'credential', display: op.implicit } : classifyPyPath(ctx, op.path);
    const path = info.display ?? (op.path ? clip(ctx.text(op.path), 40) : 'a file');
    return info.class === 'credential'
      ? { node, label: `the credential file \`${path}\``, secret: true }
      : { node, label: `the contents of \`${path}\``, secret: false };
  }
  return undefined;
}

function isSingleMethod(ctx: PyRuleContext, node: PyNode): boolean {
  const parent = node.parent;
  return (
    parent?.type === 'attribute' && /^(get|setdefault|pop|update|__contains__|keys)$/.test(ctx.text(field(parent, 'attribute') ?? parent))
  );
}

/** Identifiers a binding statement binds (`a = ...`, `a, b = ...`, `with x as a`, `for a in ...`). */
function boundNames(ctx: PyRuleContext, target: PyNode | undefined): string[] {
  if (!target) {
    return [];
  }
  if (target.type === 'identifier') {
    return [ctx.text(target)];
  }
  if (target.type === 'attribute' || target.type === 'subscript') {
    // `payload['k'] = key` taints `payload`; `self.x = key` taints `self.x`.
    return target.type === 'attribute' ? [ctx.text(target)] : boundNames(ctx, field(target, 'value'));
  }
  return namedChildren(target).flatMap((c) => boundNames(ctx, c));
}

/** The names tainted in a function by its sources, following assignments to a fixed point. */
export function taintedNames(ctx: PyRuleContext, fn: PyNode, sources: readonly Source[]): Set<string> {
  const tainted = new Set<string>();
  const bindings: { target: PyNode | undefined; value: PyNode }[] = [];
  walkPy(fn, (n) => {
    if (n !== fn && (n.type === 'function_definition' || n.type === 'class_definition')) {
      return false;
    }
    if ((n.type === 'assignment' || n.type === 'augmented_assignment') && field(n, 'right')) {
      bindings.push({ target: field(n, 'left'), value: field(n, 'right') as PyNode });
    } else if (n.type === 'as_pattern' && n.parent?.type === 'with_item') {
      const value = namedChildren(n)[0];
      if (value) {
        bindings.push({ target: field(n, 'alias'), value });
      }
    } else if ((n.type === 'for_statement' || n.type === 'for_in_clause') && field(n, 'right')) {
      bindings.push({ target: field(n, 'left'), value: field(n, 'right') as PyNode });
    } else if (n.type === 'call') {
      // `payload.update(key=...)`, `parts.append(key)`: the object takes the data in.
      const callee = field(n, 'function');
      const object = callee?.type === 'attribute' ? field(callee, 'object') : undefined;
      if (object && /^(append|extend|update|write|insert|add)$/.test(ctx.text(field(callee as PyNode, 'attribute') ?? n))) {
        bindings.push({ target: object, value: field(n, 'arguments') ?? n });
      }
    }
    return true;
  });
  for (let round = 0; round < 4; round++) {
    const before = tainted.size;
    for (const { target, value } of bindings) {
      if (carries(ctx, value, sources, tainted)) {
        boundNames(ctx, target).forEach((name) => tainted.add(name));
      }
    }
    if (tainted.size === before) {
      break;
    }
  }
  return tainted;
}

/** Whether an expression contains a source or a tainted name. */
export function carries(ctx: PyRuleContext, node: PyNode, sources: readonly Source[], tainted: ReadonlySet<string>): boolean {
  if (sources.some((s) => within(s.node, node))) {
    return true;
  }
  let found = false;
  walkPy(node, (n) => {
    if (found) {
      return false;
    }
    if ((n.type === 'identifier' || n.type === 'attribute') && tainted.has(ctx.text(n))) {
      found = true;
    }
    return n.type !== 'lambda';
  });
  return found;
}

/** The sources whose data reaches an expression. */
export function reaching(ctx: PyRuleContext, node: PyNode, sources: readonly Source[], tainted: ReadonlySet<string>): Source[] {
  return sources.filter((s) => within(s.node, node) || carries(ctx, node, [s], tainted));
}
