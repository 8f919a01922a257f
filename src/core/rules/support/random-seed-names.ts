/**
 * Names that say a value is a seed (`seed`, `rngSeed`, `RANDOM_SEED`, `defaultSeed()`) or that a
 * call seeds the process's generators (`seedEverything`, `setSeed`, `manualSeed`, `rng.seed`).
 * `seedData`, `seedUsers` and `seedDatabase` name fixtures, not seeds, and do not count.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { functionName, words } from './random-names';

/** Words that may follow `seed` in a seed value's name: `seedValue`, `seedNum`, `seedHex`. */
const VALUE_SUFFIX = new Set(['value', 'val', 'num', 'number', 'int', 'integer', 'str', 'string', 'hex', 'bits', 'hash', 'u32']);
/** Words that may follow `seed` in the name of a function computing one: `seedFromHost`, `seedForRun`. */
const FUNCTION_SUFFIX = new Set(['from', 'for', 'of']);
/** Leading words of predicates and setters: `isSeeded`, `hasSeed`, `setSeed` is a setter, not a value. */
const NOT_A_VALUE = new Set(['is', 'has', 'should', 'can', 'set', 'use', 'with', 'on', 'handle', 'validate', 'parse', 'check']);
/** What a `seedX` function seeds when it seeds generators: `seedEverything`, `seedAll`, `seedGlobals`. */
const SEEDED_THINGS = new Set([
  'everything',
  'all',
  'global',
  'globals',
  'random',
  'randoms',
  'rng',
  'rngs',
  'prng',
  'prngs',
  'libs',
  'libraries',
  'math',
  'torch',
  'numpy',
  'np',
  'run',
  'experiment',
  'workers',
]);
const SETTER_VERBS = new Set(['set', 'manual', 'init', 'initialize', 'fix', 'force', 'apply', 'reset', 'use']);
/** Objects whose `.seed(x)` seeds a generator: `random.seed`, `rng.seed`, `this.prng.seed`. */
const GENERATOR_OBJECT = /^(rand|random|rng|prng|generator|gen|engine|mt|twister|np)$/i;

function isSeedWord(word: string): boolean {
  return word === 'seed' || /^seed\d+$/.test(word);
}

/** A name that says its value is a seed: `seed`, `rngSeed`, `RANDOM_SEED`, `seedValue`, `_seed`. */
export function isSeedValueName(name: string): boolean {
  const w = words(name);
  const i = w.findLastIndex(isSeedWord);
  if (i < 0 || (i > 0 && NOT_A_VALUE.has(w[0]))) {
    return false;
  }
  return w.slice(i + 1).every((x) => VALUE_SUFFIX.has(x));
}

/** A function whose name says it returns a seed: `defaultSeed`, `getSeed`, `seedFromHost`. */
export function isSeedFunctionName(name: string): boolean {
  const w = words(name);
  const i = w.findIndex(isSeedWord);
  if (i < 0 || NOT_A_VALUE.has(w[0])) {
    return false;
  }
  return w.slice(i + 1).every((x) => VALUE_SUFFIX.has(x)) || (FUNCTION_SUFFIX.has(w[i + 1] ?? '') && i === 0);
}

/** A function whose name says it seeds the process's generators: `seedEverything`, `setSeed`, `set_global_seed`. */
export function isSeedSetterName(name: string): boolean {
  const w = words(name);
  if (w.length === 1) {
    return w[0] === 'reseed';
  }
  if (w[0] === 'seed') {
    return SEEDED_THINGS.has(w[1]);
  }
  return isSeedWord(w[w.length - 1]) && SETTER_VERBS.has(w[0]);
}

/** The names a callee resolves to: a local function's own name, an imported member's name. */
function resolvedNames(ctx: TsRuleContext, callee: Node): string[] {
  const out: string[] = [];
  for (const value of ctx.values(callee)) {
    if (value.kind === 'fn' && value.node.type !== 'FunctionDeclaration' && value.node.type.endsWith('FunctionExpression')) {
      const name = functionName(value.node as TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression);
      if (name) {
        out.push(name);
      }
    } else if (value.kind === 'fn' && value.node.type === 'FunctionDeclaration' && value.node.id) {
      out.push(value.node.id.name);
    } else if (value.kind === 'ref' && value.module !== undefined && /^(\.|@\/|~\/|#)/.test(value.module)) {
      const last = value.path[value.path.length - 1];
      if (last && last !== '()') {
        out.push(last);
      }
    }
  }
  return out;
}

/** The name a call seeds with, when it looks like seeding: `seedEverything(x)`, `rng.seed(x)`, `np.random.seed(x)`. */
export function seedSetterCall(ctx: TsRuleContext, node: TSESTree.CallExpression): string | undefined {
  let callee: Node = node.callee;
  if (callee.type === 'ChainExpression') {
    callee = callee.expression;
  }
  if (callee.type === 'Identifier') {
    if (isSeedSetterName(callee.name)) {
      return callee.name;
    }
    const alias = resolvedNames(ctx, callee).find(isSeedSetterName);
    return alias ? `${callee.name} (${alias})` : undefined;
  }
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') {
    return undefined;
  }
  const method = callee.property.name;
  if (isSeedSetterName(method)) {
    return method;
  }
  const object = callee.object.type === 'MemberExpression' ? callee.object.property : callee.object;
  if ((method === 'seed' || method === 'reseed') && object.type === 'Identifier' && GENERATOR_OBJECT.test(object.name)) {
    return `${object.name}.${method}`;
  }
  return undefined;
}
