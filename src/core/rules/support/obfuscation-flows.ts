/**
 * Decode steps and the sinks they feed, for ts/encoded-payload: `eval(atob(s))`,
 * `const src = zlib.gunzipSync(buf).toString(); vm.runInThisContext(src)`.
 */
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type { TsRuleContext } from '../../engine/rule';
import { isRequireRef } from '../../js/evaluate';
import { staticKey } from '../../js/model';
import type { Node } from '../../js/scope';
import { isGlobal, modulePath, refName } from '../../js/values';
import { targetsOf, type CallNode } from './calls';

const ZLIB = new Set([
  'inflateSync',
  'inflateRawSync',
  'gunzipSync',
  'unzipSync',
  'brotliDecompressSync',
  'inflate',
  'inflateRaw',
  'gunzip',
  'unzip',
  'brotliDecompress',
]);
const VM = new Set(['runInThisContext', 'runInNewContext', 'runInContext', 'Script', 'compileFunction', 'SourceTextModule']);
const FS_WRITE = new Set(['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'promises.writeFile', 'promises.appendFile']);
const NET = new Set(['request', 'get']);
const FUNCTION_CTORS = new Set(['Function', 'AsyncFunction', 'GeneratorFunction', 'AsyncGeneratorFunction']);

/** The decode step a call performs (`atob`, `Buffer.from(…, 'base64')`, `zlib.gunzipSync`), if any, and whether its input is a constant. */
export function decodeStep(ctx: TsRuleContext, node: CallNode): { label: string; constant: boolean } | undefined {
  const { targets, args } = targetsOf(ctx, node);
  const constant = (): boolean => args[0] !== undefined && (args[0].type === 'ArrayExpression' || ctx.strings(args[0]) !== undefined);
  for (const { ref } of targets) {
    if (isGlobal(ref, 'atob')) {
      return { label: 'atob', constant: constant() };
    }
    if (isGlobal(ref, 'String', 'fromCharCode') || isGlobal(ref, 'String', 'fromCodePoint')) {
      // One code (`String.fromCharCode(10)`) is a character; a list of them is a string written as numbers.
      if (args.length >= 8 || args[0]?.type === 'SpreadElement') {
        return { label: refName(ref), constant: true };
      }
      return undefined;
    }
    if (isGlobal(ref, 'Buffer', 'from') || (ref.module === 'buffer' && ref.path.join('.') === 'Buffer.from')) {
      const encodings = args[1] ? ctx.strings(args[1]) : undefined;
      if (encodings?.some((e) => /^(base64|base64url|hex)$/i.test(e))) {
        return { label: `Buffer.from(…, '${encodings[0]}')`, constant: constant() };
      }
      if (args[0]?.type === 'ArrayExpression') {
        return { label: 'Buffer.from([…])', constant: true };
      }
    }
    const zlib = modulePath(ref, new Set(['zlib']));
    if (zlib && ZLIB.has(zlib.join('.'))) {
      return { label: `zlib.${zlib.join('.')}`, constant: args[0] !== undefined && decodesConstant(ctx, args[0]) };
    }
  }
  return undefined;
}

/** `zlib.gunzipSync(Buffer.from('H4sI...', 'base64'))`: the compressed input is itself an embedded constant. */
function decodesConstant(ctx: TsRuleContext, node: Node): boolean {
  if (node.type === 'CallExpression') {
    return decodeStep(ctx, node)?.constant ?? false;
  }
  return node.type === 'Identifier' && ctx.values(node).some((v) => v.kind === 'bytes' || v.kind === 'str');
}

/** What a call hands its first arguments to, when that runs code, loads it, writes it or sends it. */
export function sinkOf(ctx: TsRuleContext, node: CallNode): string | undefined {
  const { targets } = targetsOf(ctx, node);
  for (const { ref, name } of targets) {
    // `Function` named directly or reached through `.constructor` (`(function () {}).constructor(src)`) compiles alike.
    if (isGlobal(ref, 'eval') || (ref.module === undefined && ref.path.length === 1 && FUNCTION_CTORS.has(ref.path[0]))) {
      return name;
    }
    if (isRequireRef(ref) || isGlobal(ref, 'fetch') || isGlobal(ref, 'setTimeout') || isGlobal(ref, 'setInterval')) {
      return name;
    }
    if (ref.module === undefined && ref.path[ref.path.length - 1] === '_compile') {
      return name;
    }
    if (ref.module === undefined && ref.path[0] === 'WebAssembly') {
      return name;
    }
    const member = (modules: string[]): string | undefined => modulePath(ref, new Set(modules))?.join('.');
    const vm = member(['vm']);
    const fs = member(['fs']);
    const net = member(['http', 'https']);
    if (
      (vm !== undefined && VM.has(vm)) ||
      member(['child_process']) !== undefined ||
      (fs !== undefined && FS_WRITE.has(fs)) ||
      (net !== undefined && NET.has(net)) ||
      (ref.module === 'module' && ref.path.includes('_compile'))
    ) {
      return name;
    }
  }
  return undefined;
}

/**
 * Decode calls feeding an expression: in its subtree, or in the initializers of the variables it
 * reads (`const src = atob(s); eval(src)`), a few levels deep.
 */
export function decodesFeeding(
  root: Node,
  decodes: ReadonlyMap<Node, string>,
  inits: ReadonlyMap<string, Node[]>,
  depth = 0,
  seen = new Set<Node>(),
): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [root];
  let budget = 400;
  while (stack.length > 0 && budget-- > 0) {
    const node = stack.pop() as Node;
    if (seen.has(node)) {
      continue;
    }
    seen.add(node);
    if (decodes.has(node)) {
      out.push(node);
    }
    if (node.type === 'Identifier' && depth < 4 && !isPropertyName(node)) {
      for (const init of inits.get(node.name) ?? []) {
        out.push(...decodesFeeding(init, decodes, inits, depth + 1, seen));
      }
    }
    if (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') {
      continue;
    }
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && typeof (item as Node).type === 'string') {
          stack.push(item as Node);
        }
      }
    }
  }
  return out;
}

function isPropertyName(node: Node): boolean {
  const parent = node.parent;
  return (
    (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
    (parent?.type === 'Property' && parent.key === node && !parent.computed)
  );
}

/** `arr.push(arr.shift())` (or with computed `['push']`): the string-array rotation of obfuscator.io. */
export function isRotation(ctx: TsRuleContext, node: CallNode): boolean {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || staticKey(node.callee) !== 'push') {
    return false;
  }
  const arg = node.arguments[0];
  if (!arg || arg.type !== 'CallExpression' || arg.callee.type !== 'MemberExpression' || staticKey(arg.callee) !== 'shift') {
    return false;
  }
  return ctx.text(node.callee.object) === ctx.text(arg.callee.object);
}

/** The nearest enclosing loop, stopping at function boundaries. */
export function enclosingLoop(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    switch (current.type) {
      case 'WhileStatement':
      case 'DoWhileStatement':
      case 'ForStatement':
        return current;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return undefined;
      default:
        break;
    }
  }
  return undefined;
}
