/**
 * Constant Python strings built from pieces, for `py/hidden-string`: what the resolver folds
 * (`ctx.strings`), plus `%` and `str.format` with constant arguments; how a string was built (for
 * the message); and the literal text a reader can see in the file.
 */
import type { PyRuleContext } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';

const MAX_WALK = 400;

/** One constant value of a node (a string, or a number for `%d`/`%c`), when it has exactly one. */
function single(ctx: PyRuleContext, node: PyNode): string | number | undefined {
  const s = ctx.strings(node);
  if (s?.length === 1) {
    return s[0];
  }
  const n = ctx.numbers(node);
  return n?.length === 1 ? n[0] : undefined;
}

function constantArgs(ctx: PyRuleContext, nodes: readonly PyNode[]): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  for (const node of nodes) {
    const value = single(ctx, node);
    if (value === undefined) {
      return undefined;
    }
    out.push(value);
  }
  return out;
}

/** `'%s%s' % ('sys', 'tem')`, `'%c%c' % (101, 118)`. */
function percent(ctx: PyRuleContext, node: PyNode): string | undefined {
  const left = field(node, 'left');
  const right = field(node, 'right');
  const op = field(node, 'operator');
  const format = left ? ctx.strings(left) : undefined;
  if (!right || !op || ctx.text(op) !== '%' || format?.length !== 1) {
    return undefined;
  }
  const args = constantArgs(ctx, right.type === 'tuple' ? namedChildren(right) : [right]);
  if (!args) {
    return undefined;
  }
  let i = 0;
  let ok = true;
  const out = format[0].replace(/%(%|[-+ 0#]*\d*[sdirc])/g, (_, spec: string) => {
    if (spec === '%') {
      return '%';
    }
    const arg = args[i++];
    if (arg === undefined) {
      ok = false;
      return '';
    }
    return spec.endsWith('c') && typeof arg === 'number' ? String.fromCodePoint(Math.max(0, Math.min(0x10ffff, arg))) : String(arg);
  });
  return ok && i === args.length ? out : undefined;
}

/** `'{}{}'.format('sys', 'tem')`, `'{0}{1}'.format(...)` with positional constants only. */
function formatCall(ctx: PyRuleContext, node: PyNode): string | undefined {
  const fn = field(node, 'function');
  const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
  const method = fn?.type === 'attribute' ? field(fn, 'attribute') : undefined;
  const args = field(node, 'arguments');
  const template = object ? ctx.strings(object) : undefined;
  if (!method || ctx.text(method) !== 'format' || template?.length !== 1 || !args || args.type !== 'argument_list') {
    return undefined;
  }
  const values = constantArgs(ctx, namedChildren(args));
  if (!values) {
    return undefined;
  }
  let next = 0;
  let ok = true;
  const out = template[0].replace(/\{\{|\}\}|\{(\d*)\}/g, (whole, index: string | undefined) => {
    if (whole === '{{' || whole === '}}') {
      return whole[0];
    }
    const value = values[index ? Number(index) : next++];
    ok &&= value !== undefined;
    return String(value ?? '');
  });
  return ok && !/[{}]/.test(out.replace(/\{\{|\}\}/g, '')) ? out : undefined;
}

/** The constant strings a building expression makes, if it makes constant strings at all. */
export function foldBuilt(ctx: PyRuleContext, node: PyNode): string[] | undefined {
  const strings = ctx.strings(node);
  if (strings) {
    return strings;
  }
  const made = node.type === 'binary_operator' ? percent(ctx, node) : node.type === 'call' ? formatCall(ctx, node) : undefined;
  return made === undefined ? undefined : [made];
}

/** Which technique built the string, for the message. */
export function describeBuild(ctx: PyRuleContext, node: PyNode): string {
  const seen = new Set<string>();
  const stack = [node];
  for (let budget = MAX_WALK; stack.length > 0 && budget > 0; budget--) {
    const current = stack.pop() as PyNode;
    if (current.type === 'call') {
      for (const name of ctx.callNames(current)) {
        if (/^(base64|binascii|codecs)\.|fromhex$/.test(name)) {
          seen.add('decode');
        } else if (name === 'builtins.chr' || name === 'builtins.map') {
          seen.add('chr');
        }
      }
      const method = field(field(current, 'function') ?? current, 'attribute');
      if (method && ['join', 'format'].includes(ctx.text(method))) {
        seen.add(ctx.text(method));
      }
    } else if (current.type === 'subscript' && field(current, 'subscript')?.type === 'slice') {
      seen.add('reverse');
    } else if (current.type === 'binary_operator') {
      seen.add(ctx.text(field(current, 'operator') ?? current) === '%' ? 'format' : 'concat');
    } else if (current.type === 'concatenated_string') {
      seen.add('implicit');
    }
    stack.push(...current.children);
  }
  const order: [string, string][] = [
    ['decode', 'decoding it at run time'],
    ['chr', 'spelling it as character codes'],
    ['reverse', 'reversing a string'],
    ['join', 'joining pieces'],
    ['format', 'formatting pieces'],
    ['concat', 'concatenating pieces'],
    ['implicit', 'splitting it across adjacent literals'],
  ];
  return order.find(([key]) => seen.has(key))?.[1] ?? 'building it at run time';
}

/** The literal text a reader sees in the file: every string piece except docstrings and bare string statements. */
export function visibleLiterals(ctx: PyRuleContext): string[] {
  const out: string[] = [];
  const stack = [ctx.root()];
  while (stack.length > 0) {
    const node = stack.pop() as PyNode;
    if (node.type === 'string' && node.parent?.type === 'expression_statement') {
      continue;
    }
    if (node.type === 'string_content') {
      out.push(ctx.text(node));
      continue;
    }
    stack.push(...node.children);
  }
  return out;
}
