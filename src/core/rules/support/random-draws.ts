/**
 * Whether a piece of code draws randomness, and from where: a genuine source (`Math.random`,
 * `crypto`, a random library), a seeded generator, something Airlock cannot see into (a
 * parameter, an imported helper), or nothing at all.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { modulePath, type RefValue, type Value } from '../../js/values';
import type { CallNode } from './calls';
import { seededPrngCall } from './random-prng';
import { isRandomSource, walk } from './random-sources';

export type DrawKind = 'random' | 'seeded' | 'unknown' | 'none';

/** Modules whose every function draws randomness. */
const RANDOM_MODULES = new Set([
  'chance',
  '@faker-js/faker',
  'faker',
  'random',
  'random-js',
  'crypto-random-string',
  'nanoid',
  'uuid',
  'random-int',
  'random-item',
  'unique-random',
  'array-shuffle',
  'shuffle-array',
  'knuth-shuffle',
  'fisher-yates',
  'lodash.shuffle',
  'lodash.sample',
  'lodash.samplesize',
  'lodash.random',
  'd3-random',
  'seedrandom',
]);

const LODASH = new Set(['lodash', 'lodash-es', 'underscore', 'lodash/fp']);
const LODASH_RANDOM = new Set(['shuffle', 'sample', 'sampleSize', 'random']);

/** A library function that draws randomness (`_.shuffle`, `d3.shuffle`, `tf.util.shuffle`). */
export function isRandomLibrary(ref: RefValue): boolean {
  if (ref.module === undefined) {
    return ref.path[0] === '_' && LODASH_RANDOM.has(ref.path[1]);
  }
  if (RANDOM_MODULES.has(ref.module)) {
    return true;
  }
  const lodash = modulePath(ref, LODASH);
  if (lodash !== undefined) {
    return lodash.some((p) => LODASH_RANDOM.has(p));
  }
  const d3 = modulePath(ref, new Set(['d3', 'd3-array']));
  if (d3 !== undefined) {
    return d3[0] === 'shuffle' || d3[0] === 'shuffler' || d3[0].startsWith('random');
  }
  if (ref.module.startsWith('@tensorflow/tfjs')) {
    return ref.path.some((p) => p === 'shuffle' || p.startsWith('random') || p === 'multinomial');
  }
  return false;
}

/** Methods of arrays, strings, maps, sets, numbers and promises: they draw nothing. */
const PURE_METHODS = new Set(
  (
    'slice splice push pop shift unshift concat join reverse sort toSorted toReversed toSpliced with map filter reduce ' +
    'reduceRight forEach some every find findIndex findLast findLastIndex indexOf lastIndexOf includes flat flatMap fill ' +
    'keys values entries at copyWithin get set has add delete clear toString toFixed toPrecision valueOf charAt charCodeAt ' +
    'codePointAt split substring substr trim padStart padEnd repeat replace replaceAll startsWith endsWith toLowerCase ' +
    'toUpperCase localeCompare match then catch finally apply call bind floor ceil round abs min max pow sqrt trunc sign log'
  ).split(' '),
);

const RANDOM_NAME = /rand|rng|shuffl|sampl|entropy|uuid|nonce|jitter|noise|dice|coin|pick|choice|choose|prng|generator/i;

interface Scan {
  kinds: Set<DrawKind>;
  seen: Set<Node>;
  depth: number;
}

/** What randomness a function (or any subtree) draws; nested and called local functions included. */
export function drawKind(ctx: TsRuleContext, root: Node): DrawKind {
  const scan: Scan = { kinds: new Set(), seen: new Set(), depth: 0 };
  scanTree(ctx, root, scan);
  if (scan.kinds.has('seeded') && !scan.kinds.has('random')) {
    return 'seeded';
  }
  return scan.kinds.has('random') ? 'random' : scan.kinds.has('unknown') ? 'unknown' : 'none';
}

/** Parameters whose default value is never used by the body: `(items, _rng = Math.random) => sortByKey(items)`. */
function unusedDefaults(root: Node): Set<Node> {
  const out = new Set<Node>();
  if (root.type !== 'FunctionDeclaration' && root.type !== 'FunctionExpression' && root.type !== 'ArrowFunctionExpression') {
    return out;
  }
  for (const param of root.params) {
    if (param.type !== 'AssignmentPattern' || param.left.type !== 'Identifier') {
      continue;
    }
    const name = param.left.name;
    let used = false;
    walk(root.body, (n) => {
      used ||= n.type === 'Identifier' && n.name === name;
      return !used;
    });
    if (!used) {
      out.add(param);
    }
  }
  return out;
}

function scanTree(ctx: TsRuleContext, root: Node, scan: Scan): void {
  if (scan.seen.has(root) || scan.depth > 3) {
    return;
  }
  scan.seen.add(root);
  const ignored = unusedDefaults(root);
  walk(root, (node) => {
    if (ignored.has(node)) {
      return false;
    }
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      scanCall(ctx, node, scan);
    } else if ((node.type === 'MemberExpression' || node.type === 'Identifier') && !isCallee(node)) {
      if (ctx.refs(node).some((r) => isRandomSource(r) || (isRandomLibrary(r) && !r.path.includes('()')))) {
        scan.kinds.add('random');
      } else if (node.type === 'Identifier' && isRandomParam(node)) {
        scan.kinds.add('unknown');
      }
    }
    return true;
  });
}

/** A parameter named like a source of randomness (`rng`, `random`, `generator`). */
function isRandomParam(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  const isParam =
    parent !== undefined &&
    (parent.type === 'FunctionDeclaration' || parent.type === 'FunctionExpression' || parent.type === 'ArrowFunctionExpression') &&
    parent.params.includes(node as TSESTree.Parameter);
  return isParam && RANDOM_NAME.test(node.name);
}

function scanCall(ctx: TsRuleContext, node: CallNode, scan: Scan): void {
  if (seededPrngCall(ctx, node)) {
    scan.kinds.add('seeded');
    return;
  }
  if (fromSeededGenerator(ctx, node)) {
    scan.kinds.add('seeded');
    return;
  }
  const { targets } = ctx.callTargets(node);
  if (targets.some((t) => t.kind === 'ref' && (isRandomSource(t) || isRandomLibrary(t)))) {
    scan.kinds.add('random');
    return;
  }
  for (const target of targets) {
    classifyTarget(ctx, node, target, scan);
  }
}

function classifyTarget(ctx: TsRuleContext, node: CallNode, target: Value, scan: Scan): void {
  const name = calleeName(node);
  if (target.kind === 'fn') {
    scan.depth++;
    scanTree(ctx, target.node, scan);
    scan.depth--;
    return;
  }
  if (target.kind === 'ref') {
    const local = target.module !== undefined && /^(\.|@\/|~\/|#)/.test(target.module);
    const unknownGlobal = target.module === undefined && !KNOWN_GLOBALS.has(target.path[0] ?? '');
    if (local || unknownGlobal || (name !== undefined && RANDOM_NAME.test(name))) {
      scan.kinds.add('unknown');
    }
    return;
  }
  if (name === undefined || !PURE_METHODS.has(name) || RANDOM_NAME.test(name)) {
    scan.kinds.add('unknown');
  }
}

function isCallee(node: Node): boolean {
  const parent = node.parent;
  return (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === node;
}

/** Globals that draw no randomness (their random members are caught by `isRandomSource`). */
const KNOWN_GLOBALS = new Set(
  (
    'Math Array Object JSON Number String Boolean Symbol Map Set WeakMap WeakSet Promise BigInt Date RegExp Error TypeError ' +
    'RangeError Reflect Intl console parseInt parseFloat isNaN isFinite structuredClone Uint8Array Uint16Array Uint32Array ' +
    'Int8Array Int16Array Int32Array Float32Array Float64Array ArrayBuffer DataView Buffer encodeURIComponent decodeURIComponent ' +
    'setTimeout clearTimeout queueMicrotask'
  ).split(' '),
);

function calleeName(node: CallNode): string | undefined {
  const callee = node.callee.type === 'ChainExpression' ? node.callee.expression : node.callee;
  if (callee.type === 'Identifier') {
    return callee.name;
  }
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
    return callee.property.name;
  }
  return undefined;
}

/** `rng()` or `rng.next()` where `rng` was created by a seeded generator call. */
function fromSeededGenerator(ctx: TsRuleContext, node: CallNode): boolean {
  let root: Node = node.callee;
  while (root.type === 'MemberExpression' || root.type === 'ChainExpression') {
    root = root.type === 'ChainExpression' ? root.expression : root.object;
  }
  if (root.type === 'CallExpression' || root.type === 'NewExpression') {
    return seededPrngCall(ctx, root) !== undefined;
  }
  if (root.type !== 'Identifier' && root.type !== 'ThisExpression') {
    return false;
  }
  for (const value of root.type === 'Identifier' ? ctx.values(root) : []) {
    const decl = value.trace?.[0];
    let init = decl?.type === 'VariableDeclarator' ? decl.init : decl?.type === 'AssignmentExpression' ? decl.right : undefined;
    if (init?.type === 'AwaitExpression') {
      init = init.argument;
    }
    if ((init?.type === 'CallExpression' || init?.type === 'NewExpression') && seededPrngCall(ctx, init)) {
      return true;
    }
  }
  return false;
}
