/**
 * What a module name or a path given to Python's import machinery is made of: a plain constant,
 * a constant hidden behind computation (`chr`, decoding, joins), a constant package prefix plus
 * a variable part, or places other users or downloads can write (temp dirs, home, the
 * environment, URLs).
 */
import type { PyRuleContext } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { localDefinitions } from './py-dynamic-locals';

/** A string literal without interpolation, or a name bound only to such literals. */
export function isPlainConstant(ctx: PyRuleContext, node: PyNode, depth = 0): boolean {
  if (node.type === 'string') {
    return !node.children.some((c) => c.type === 'interpolation');
  }
  if (node.type === 'identifier' && depth < 4) {
    const defs = localDefinitions(node, ctx.sourceText);
    if (!defs) {
      return true;
    }
    return defs.every((d) => d.kind === 'import' || (d.kind === 'value' && isPlainConstant(ctx, d.node, depth + 1)));
  }
  return node.type === 'attribute' && ctx.strings(node) !== undefined;
}

/** `f"plugins.{name}"`, `"handlers." + name`, `"pkg.%s" % name`: a variable module inside a fixed package. */
export function hasConstantPrefix(ctx: PyRuleContext, node: PyNode): boolean {
  if (node.type === 'string') {
    const first = node.children.find((c) => c.type === 'string_content' || c.type === 'interpolation');
    return first?.type === 'string_content' && /^[A-Za-z_][\w]*\./.test(ctx.text(first));
  }
  if (node.type === 'binary_operator') {
    const left = field(node, 'left');
    const prefix = left ? ctx.strings(left) : undefined;
    return prefix !== undefined && prefix.every((p) => /^[A-Za-z_][\w]*\./.test(p));
  }
  return false;
}

const RISKY_TEXT: [RegExp, string][] = [
  [/^(\/tmp|\/var\/tmp|\/dev\/shm|[A-Za-z]:\\(Windows\\)?Temp)\b/i, 'a temporary directory'],
  [/^~/, 'the home directory'],
  [/^[a-z][a-z0-9+.-]*:\/\//i, 'a URL'],
  [/(^|[\\/])(Downloads|uploads?)([\\/]|$)/i, 'a download or upload directory'],
];

const RISKY_CALLS: [RegExp, string][] = [
  [/^tempfile\./, 'a temporary directory'],
  [/^(os\.path\.expanduser|pathlib\.Path\.home|os\.path\.expandvars)/, 'the home directory'],
  [/^(os\.environ|os\.getenv)/, 'an environment variable'],
  [/^(requests|urllib|httpx)\./, 'a download'],
];

/** Where a path points, when it is a place other users, the environment or a download can write; undefined otherwise. */
export function riskyPlace(ctx: PyRuleContext, node: PyNode): string | undefined {
  const stack: { n: PyNode; depth: number }[] = [{ n: node, depth: 0 }];
  while (stack.length > 0) {
    const { n, depth } = stack.pop() as { n: PyNode; depth: number };
    for (const s of n.type === 'string' || n.type === 'identifier' ? (ctx.strings(n) ?? []) : []) {
      const hit = RISKY_TEXT.find(([re]) => re.test(s));
      if (hit) {
        return hit[1];
      }
    }
    if (n.type === 'call' || n.type === 'attribute' || n.type === 'subscript') {
      const names = n.type === 'call' ? ctx.callNames(n) : ctx.names(field(n, n.type === 'subscript' ? 'value' : 'object') ?? n);
      for (const name of n.type === 'attribute' ? [...names, ...ctx.names(n)] : names) {
        const hit = RISKY_CALLS.find(([re]) => re.test(name));
        if (hit) {
          return hit[1];
        }
      }
    }
    if (n.type === 'identifier' && depth < 3) {
      for (const def of localDefinitions(n, ctx.sourceText) ?? []) {
        if (def.kind === 'value') {
          stack.push({ n: def.node, depth: depth + 1 });
        }
      }
    }
    for (const child of namedChildren(n)) {
      stack.push({ n: child, depth });
    }
  }
  return undefined;
}

/** The first call inside an expression (following local names a few steps) whose resolved name passes `test`. */
export function findCall(ctx: PyRuleContext, node: PyNode, test: (name: string) => boolean): PyNode | undefined {
  const stack: { n: PyNode; depth: number }[] = [{ n: node, depth: 0 }];
  const seen = new Set<PyNode>();
  while (stack.length > 0) {
    const { n, depth } = stack.pop() as { n: PyNode; depth: number };
    if (seen.has(n)) {
      continue;
    }
    seen.add(n);
    if (n.type === 'call' && ctx.callNames(n).some(test)) {
      return n;
    }
    if (n.type === 'lambda' || n.type === 'function_definition') {
      continue;
    }
    if (n.type === 'identifier' && depth < 4) {
      for (const def of localDefinitions(n, ctx.sourceText) ?? []) {
        if (def.kind === 'value' || def.kind === 'loop') {
          stack.push({ n: def.node, depth: depth + 1 });
        }
      }
    }
    for (const child of namedChildren(n)) {
      stack.push({ n: child, depth });
    }
  }
  return undefined;
}
