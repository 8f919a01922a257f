import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { modulePath, refName, type RefValue } from '../../js/values';
import { moduleTargets, type CallNode } from '../support/calls';
import { drawKind } from '../support/random-draws';
import { assignmentPatches, callPatches, isTestLike, walk, type Patch } from '../support/random-sources';
import { functionName, isShuffleName, words } from '../support/random-names';

type Fn = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

const LODASH = new Set(['lodash', 'lodash-es', 'underscore', 'lodash/fp']);
const LIB_SHUFFLES = new Set(['shuffle', 'sample', 'sampleSize']);
const SHUFFLE_MODULES =
  /^(lodash([./-]|-es\/)(shuffle|sample|samplesize|sampleSize)|shuffle-array|array-shuffle|knuth-shuffle|fisher-yates|lodash-es)$/;

/** `_.shuffle`, `lodash.sample`, `d3.shuffle`, `faker.helpers.shuffle`. */
function isLibraryShuffle(ref: RefValue): boolean {
  if (ref.module === undefined) {
    return ref.path.length === 2 && ref.path[0] === '_' && LIB_SHUFFLES.has(ref.path[1]);
  }
  const lodash = modulePath(ref, LODASH);
  if (lodash !== undefined) {
    const path = lodash[0] === 'default' ? lodash.slice(1) : lodash;
    return path.length === 1 && LIB_SHUFFLES.has(path[0]);
  }
  const d3 = modulePath(ref, new Set(['d3', 'd3-array']));
  if (d3 !== undefined) {
    return d3.length === 1 && d3[0] === 'shuffle';
  }
  return ref.module === '@faker-js/faker' && ref.path.slice(-2).join('.') === 'helpers.shuffle';
}

function isTrivial(fn: Fn): boolean {
  if (fn.body.type !== 'BlockStatement') {
    return false;
  }
  return fn.body.body.every((s) => s.type === 'ThrowStatement' || s.type === 'EmptyStatement');
}

/** Whether a comparator uses any of its parameters. */
function usesParams(fn: Fn): boolean {
  const names = new Set(fn.params.flatMap((p) => (p.type === 'Identifier' ? [p.name] : ['*'])));
  if (names.has('*')) {
    return true;
  }
  let used = false;
  walk(fn.body, (node) => {
    if (used) {
      return false;
    }
    if (node.type === 'Identifier' && names.has(node.name)) {
      const parent = node.parent;
      const isKey =
        (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
        (parent?.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand);
      used = !isKey;
    }
    return true;
  });
  return used;
}

/** Function names that say they hash: `fnv1a`, `murmurhash3`, `hashString`, `xxh32`, `djb2`, `sha256`, `cyrb53`. */
const HASH_WORD =
  /^(hash(ed|es|ing)?\d*|fnv\w*|murmur\w*|crc\d*\w*|xxh\w*|djb2?\w*|sha\d+|md[45]|cyrb\d*\w*|adler\d*|fingerprint|checksum|digest)$/;

function calleeName(node: CallNode): string | undefined {
  const callee = node.callee.type === 'ChainExpression' ? node.callee.expression : node.callee;
  if (callee.type === 'Identifier') {
    return callee.name;
  }
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : undefined;
}

/** Whether a call hashes: a function named as a hash, or a `crypto.createHash(...)` chain. */
function isHashCall(ctx: TsRuleContext, node: CallNode): boolean {
  const name = calleeName(node);
  if (name !== undefined && words(name).some((w) => HASH_WORD.test(w))) {
    return true;
  }
  return ctx.callTargets(node).targets.some((t) => t.kind === 'ref' && t.module === 'crypto' && t.path[0] === 'createHash');
}

/** A hash call over a comparator parameter: `fnv1a(JSON.stringify(a))`, `hash(a.id)`. */
function hashOfParam(ctx: TsRuleContext, fn: Fn): Node | undefined {
  const names = new Set(fn.params.flatMap((p) => (p.type === 'Identifier' ? [p.name] : [])));
  let found: Node | undefined;
  walk(fn.body, (node) => {
    if (found) {
      return false;
    }
    if ((node.type === 'CallExpression' || node.type === 'NewExpression') && isHashCall(ctx, node)) {
      let usesParam = false;
      walk(node, (n) => {
        usesParam ||= n.type === 'Identifier' && names.has(n.name);
        return !usesParam;
      });
      if (usesParam) {
        found = node;
        return false;
      }
    }
    return true;
  });
  return found;
}

function returned(fn: Fn): Node | undefined {
  if (fn.body.type !== 'BlockStatement') {
    return fn.body;
  }
  const ret = fn.body.body.find((s): s is TSESTree.ReturnStatement => s.type === 'ReturnStatement');
  return ret?.argument ?? undefined;
}

export default defineTsRule({
  meta: {
    id: 'ts/deterministic-shuffle',
    category: 'randomness',
    severity: 'medium',
    summary:
      'Shuffles and samples made deterministic: no randomness, a seeded generator, a constant comparator, a replaced library shuffle.',
    why:
      'Which examples end up in the training set and which in the test set, or which outputs a sampler keeps, is decided by a ' +
      'shuffle. A shuffle that draws no randomness (or draws it from a fixed seed) still looks random in review, but its ' +
      'order is chosen by whoever wrote it, and an AI-written change can pick a split that flatters a model or hides a failure.',
    incorrect: [
      'function shuffle(items) { return [...items].reverse(); }',
      'const shuffled = data.sort(() => 0.5);',
      "import _ from 'lodash'; _.shuffle = (a) => a;",
      'function shuffleArray(a, seed) { let s = seed; return a.map((x, i) => [x, (s = (s * 9301 + 49297) % 233280)]).sort((p, q) => p[1] - q[1]).map((p) => p[0]); }',
    ],
    correct: [
      'function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(Math.random() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }',
      'const sorted = data.sort((a, b) => a.score - b.score);',
      "import _ from 'lodash'; const deck = _.shuffle(cards);",
      'function getSampleData() { return [{ id: 1 }]; }',
    ],
    messages: {
      noRandomness:
        '`{{name}}` is named as a shuffle or random sample but draws no randomness: the order it produces is a fixed function ' +
        'of its input, so whoever wrote it decides which items land where.',
      seeded:
        '`{{name}}` shuffles or samples with a seeded generator: the order is fixed by the seed, and whoever knows the seed ' +
        'knows which items land where.',
      constantComparator:
        '`{{call}}` sorts with a comparator that ignores the elements (`{{comparator}}`): used as a shuffle, it gives the ' +
        'same order every time.',
      seededComparator:
        '`{{call}}` shuffles by sorting with a comparator that draws from a seeded generator: the order is fixed by the seed.',
      replaced: '`{{name}}` is replaced: every caller expecting a random shuffle or sample gets the order this code chooses.',
      mocked: 'The `{{module}}` module is mocked with a fixed implementation: every shuffle through it becomes deterministic.',
      seededLibrary: '`{{name}}` shuffles with a seed (`{{seed}}`): the order is fixed by the seed.',
      hashOrder:
        '`{{call}}` orders the items by a hash of their content (`{{hash}}`): the result looks shuffled but is a fixed ' +
        'permutation anyone can compute in advance, so whoever controls the data chooses which items land where.',
    },
  },
  create(ctx) {
    const severity = isTestLike(ctx) ? 'low' : 'medium';
    const covered = new Set<Node>();

    function insideCovered(node: Node): boolean {
      for (let p = node.parent; p; p = p.parent) {
        if (covered.has(p)) {
          return true;
        }
      }
      return false;
    }

    function checkFunction(fn: Fn): void {
      const name = functionName(fn);
      if (!name || !isShuffleName(name) || covered.has(fn) || insideCovered(fn) || isTrivial(fn)) {
        return;
      }
      const kind = drawKind(ctx, fn);
      if (kind === 'none' || kind === 'seeded') {
        covered.add(fn);
        ctx.report({ node: fn, messageId: kind === 'none' ? 'noRandomness' : 'seeded', data: { name }, severity });
      }
    }

    function checkPatches(patches: Patch[]): void {
      const patch = patches.find((p) => isLibraryShuffle(p.target));
      if (patch) {
        if (patch.value) {
          covered.add(patch.value);
        }
        ctx.report({ node: patch.node, messageId: 'replaced', data: { name: refName(patch.target) }, severity, trace: patch.target.trace });
      }
    }

    function checkComparator(node: TSESTree.CallExpression): boolean {
      const callee = node.callee.type === 'ChainExpression' ? node.callee.expression : node.callee;
      if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') {
        return false;
      }
      if (!['sort', 'toSorted'].includes(callee.property.name) || insideCovered(node)) {
        return false;
      }
      const fn = comparatorOf(node.arguments[0]);
      if (!fn) {
        return false;
      }
      const call = `${ctx.text(callee.object).replace(/\s+/g, ' ').slice(0, 30)}.${callee.property.name}`;
      if (usesParams(fn)) {
        return checkHashOrder(node, fn, call);
      }
      const kind = drawKind(ctx, fn);
      const result = returned(fn);
      const constant = result ? ctx.strings(result) : undefined;
      if (kind === 'seeded' || (kind === 'none' && !(constant && constant.every((c) => Number(c) === 0)))) {
        const comparator = ctx.text(fn).replace(/\s+/g, ' ');
        ctx.report({
          node,
          messageId: kind === 'seeded' ? 'seededComparator' : 'constantComparator',
          data: { call, comparator: comparator.slice(0, 40) },
          severity,
        });
        return true;
      }
      return false;
    }

    /** The comparator function given to a sort: written inline or declared in this file. */
    function comparatorOf(arg: Node | undefined): Fn | undefined {
      if (!arg || arg.type === 'ArrowFunctionExpression' || arg.type === 'FunctionExpression') {
        return arg;
      }
      if (arg.type !== 'Identifier') {
        return undefined;
      }
      const fns = ctx.values(arg).filter((v) => v.kind === 'fn');
      return fns.length === 1 ? (fns[0].node as Fn) : undefined;
    }

    /** `rows.sort((a, b) => fnv1a(JSON.stringify(a)) - fnv1a(JSON.stringify(b)))`: a shuffle anyone can precompute. */
    function checkHashOrder(node: CallNode, fn: Fn, call: string): boolean {
      const hash = hashOfParam(ctx, fn);
      if (!hash) {
        return false;
      }
      const text = ctx.text(hash).replace(/\s+/g, ' ');
      ctx.report({ node, messageId: 'hashOrder', data: { call, hash: text.length > 40 ? `${text.slice(0, 37)}...` : text }, severity });
      return true;
    }

    /** `_.sortBy(rows, (r) => hash(r.id))`. */
    function checkSortBy(node: CallNode): boolean {
      for (const { target, member, args } of moduleTargets(ctx, node, LODASH)) {
        const fn = /(^|\.)(sortBy|orderBy)$/.test(member) ? comparatorOf(args[1]) : undefined;
        if (fn && checkHashOrder(node, fn, target.name)) {
          return true;
        }
      }
      return false;
    }

    function checkCall(node: CallNode): void {
      if (checkSortBy(node)) {
        return;
      }
      if (node.type === 'CallExpression' && checkComparator(node)) {
        return;
      }
      checkPatches(callPatches(ctx, node));
      checkMock(node);
      for (const { target, member, args } of moduleTargets(ctx, node, new Set(['shuffle-seed', 'knuth-shuffle-seeded']))) {
        const seed = target.ref.module === 'shuffle-seed' ? (member === 'shuffle' ? args[1] : undefined) : args[1];
        if (seed) {
          ctx.report({ node, messageId: 'seededLibrary', data: { name: target.name, seed: ctx.text(seed).slice(0, 40) }, severity });
          return;
        }
      }
    }

    /** `jest.mock('lodash/shuffle', () => (a) => a)`. */
    function checkMock(node: CallNode): void {
      const callee = node.callee;
      if (node.type !== 'CallExpression' || callee.type !== 'MemberExpression' || node.arguments.length < 2) {
        return;
      }
      const object = ctx.text(callee.object);
      const method = ctx.text(callee.property);
      if (!['jest', 'vi'].includes(object) || !['mock', 'doMock'].includes(method)) {
        return;
      }
      const modules = ctx.strings(node.arguments[0]) ?? [];
      const module = modules.find((m) => SHUFFLE_MODULES.test(m));
      if (module) {
        ctx.report({ node, messageId: 'mocked', data: { module }, severity });
      }
    }

    return {
      FunctionDeclaration: checkFunction,
      FunctionExpression: checkFunction,
      ArrowFunctionExpression: checkFunction,
      AssignmentExpression(node: TSESTree.AssignmentExpression) {
        checkPatches(assignmentPatches(ctx, node));
      },
      CallExpression: checkCall,
    };
  },
});
