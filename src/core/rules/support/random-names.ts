/** Names of functions, and whether a name says the function shuffles, permutes or samples at random. */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Node } from '../../js/scope';

function keyName(key: Node, computed: boolean): string | undefined {
  if (!computed && key.type === 'Identifier') {
    return key.name;
  }
  if (key.type === 'Literal' && typeof key.value === 'string') {
    return key.value;
  }
  return key.type === 'PrivateIdentifier' ? key.name : undefined;
}

/** The name a function is known by: its own, its variable's, its property's or method's. */
export function functionName(
  fn: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression,
): string | undefined {
  if (fn.id) {
    return fn.id.name;
  }
  const parent = fn.parent;
  switch (parent?.type) {
    case 'VariableDeclarator':
      return parent.init === fn && parent.id.type === 'Identifier' ? parent.id.name : undefined;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return parent.value === fn ? keyName(parent.key, parent.computed) : undefined;
    case 'AssignmentExpression':
      if (parent.right !== fn) {
        return undefined;
      }
      if (parent.left.type === 'Identifier') {
        return parent.left.name;
      }
      return parent.left.type === 'MemberExpression' ? keyName(parent.left.property, parent.left.computed) : undefined;
    default:
      return undefined;
  }
}

/** The lower-case words of an identifier: `rngSeed` -> rng, seed; `RNG_SEED` -> rng, seed. */
const wordCache = new Map<string, string[]>();

/** `seedEverything` -> `['seed', 'everything']`; cached, since rules ask for the same names often. */
export function words(name: string): string[] {
  let cached = wordCache.get(name);
  if (!cached) {
    if (wordCache.size > 10_000) {
      wordCache.clear();
    }
    cached = splitWords(name);
    wordCache.set(name, cached);
  }
  return cached;
}

function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

const SHUFFLE_WORDS = new Set([
  'shuffle',
  'shuffled',
  'shuffler',
  'reshuffle',
  'randomize',
  'randomise',
  'randomized',
  'randomised',
  'scramble',
  'scrambled',
]);

/** Leading words of handlers, predicates and tests: `onShuffle`, `isShuffled`, `testShuffle`, `setShuffle`. */
const NOT_THE_ACTION = new Set([
  'is',
  'has',
  'should',
  'can',
  'test',
  'expect',
  'assert',
  'on',
  'handle',
  'toggle',
  'set',
  'use',
  'enable',
  'disable',
  'with',
  'render',
  'un',
  'unshuffle',
  'describe',
  'mock',
  'fake',
  'stub',
]);

/** With `random` in the name, words that say it picks or orders at random: `randomChoice`, `pickRandom`, `randomPermutation`. */
const RANDOM_TARGETS = new Set([
  'permute',
  'permutation',
  'order',
  'ordering',
  'split',
  'subset',
  'choice',
  'choose',
  'pick',
  'select',
  'selection',
  'element',
  'item',
  'index',
  'indices',
  'entry',
  'sample',
  'draw',
]);

/** Words that may follow `sample` in a sampling function's name (`sampleN`, `sampleFrom`, `sampleTokens`). */
const SAMPLE_NEXT = new Set([
  'n',
  'k',
  'one',
  'from',
  'size',
  'indices',
  'index',
  'indexes',
  'items',
  'item',
  'batch',
  'batches',
  'token',
  'tokens',
  'without',
  'with',
  'many',
  'some',
  'subset',
  'elements',
  'element',
  'ids',
  'rows',
  'array',
  'list',
  'examples',
  'split',
]);
const SAMPLE_PREV = new Set(['random', 'weighted', 'uniform', 'reservoir', 'stratified', 'bootstrap', 'stochastic', 'rand']);

/** Whether a function name says it shuffles, permutes, randomizes or samples at random. */
export function isShuffleName(name: string): boolean {
  const w = words(name);
  if (w.length === 0 || NOT_THE_ACTION.has(w[0])) {
    return false;
  }
  if (w.some((x) => SHUFFLE_WORDS.has(x))) {
    return true;
  }
  if (w.includes('fisher') && w.includes('yates')) {
    return true;
  }
  if (w.includes('random') && w.some((x) => RANDOM_TARGETS.has(x))) {
    return true;
  }
  const s = w.indexOf('sample');
  if (s === 0) {
    return w.length === 1 || SAMPLE_NEXT.has(w[1]);
  }
  return s > 0 && SAMPLE_PREV.has(w[s - 1]);
}
