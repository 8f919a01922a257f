/**
 * Seeded pseudo-random generators, shared by ts/seeded-prng and ts/deterministic-shuffle: which
 * calls create one, and from which argument the seed comes.
 */
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { isGlobal, type RefValue } from '../../js/values';
import { optionValue, targetsOf, type CallNode } from './calls';

export interface SeededPrng {
  /** Display name: `seedrandom`, `faker.seed`, `MersenneTwister19937.seed`. */
  library: string;
  /** The seed expression. */
  seed: Node;
  /** Whether the generator replaces `Math.random` for the whole process. */
  global: boolean;
  ref: RefValue;
}

interface Entry {
  /** Matches the member path inside the module (with a leading `default` dropped). */
  path: (path: readonly string[]) => boolean;
  /** Where the seed is: an argument index or an option name of any object argument. */
  seed: number | { option: string };
  /** An option that makes the generator replace `Math.random` globally. */
  globalOption?: string;
}

const exact =
  (...names: string[]) =>
  (path: readonly string[]): boolean =>
    names.includes(path.join('.'));

const TF_SEED_INDEX: Record<string, number> = {
  randomNormal: 4,
  randomUniform: 4,
  truncatedNormal: 4,
  randomGamma: 4,
  randomStandardNormal: 2,
  multinomial: 2,
  randomUniformInt: 3,
};

const TF: Entry[] = [
  ...Object.entries(TF_SEED_INDEX).map(([name, index]) => ({ path: exact(name), seed: index })),
  { path: (p) => p.length === 2 && p[0] === 'initializers', seed: { option: 'seed' } },
  { path: (p) => p.length >= 3 && p[0] === 'data' && p[p.length - 1] === 'shuffle', seed: 1 },
];

const LIBRARIES: Record<string, Entry[]> = {
  seedrandom: [
    {
      path: (p) => p.length === 0 || (p.length === 1 && /^(alea|xor128|xorwow|xorshift7|xor4096|tychei)$/.test(p[0])),
      seed: 0,
      globalOption: 'global',
    },
    { path: (p) => p[0] === 'lib', seed: 0 },
  ],
  'seed-random': [{ path: exact(''), seed: 0, globalOption: 'global' }],
  'random-seed': [
    { path: exact('create', 'create.()'), seed: 0 },
    { path: exact('create.().seed', '().seed'), seed: 0 },
  ],
  'mersenne-twister': [{ path: exact('', '().init_seed', '().init_by_array'), seed: 0 }],
  '@faker-js/faker': [{ path: (p) => p.length >= 1 && p[p.length - 1] === 'seed', seed: 0 }],
  faker: [{ path: exact('seed'), seed: 0 }],
  chance: [{ path: exact('', 'Chance'), seed: 0 }],
  'pure-rand': [
    { path: exact('mersenne', 'congruential', 'congruential32', 'xorshift128plus', 'xoroshiro128plus'), seed: 0 },
    { path: exact('xoroshiro128plus.fromState', 'xorshift128plus.fromState', 'mersenne.fromState', 'congruential32.fromState'), seed: 0 },
  ],
  'random-js': [
    {
      path: exact(
        'MersenneTwister19937.seed',
        'MersenneTwister19937.seedWithArray',
        'engines.mt19937.().seed',
        'engines.mt19937.().seedWithArray',
      ),
      seed: 0,
    },
  ],
  'd3-random': [{ path: exact('randomLcg'), seed: 0 }],
  d3: [{ path: exact('randomLcg'), seed: 0 }],
  prando: [{ path: exact('', 'Prando'), seed: 0 }],
  alea: [{ path: exact(''), seed: 0 }],
  'rand-seed': [{ path: exact(''), seed: 0 }],
  'ml-random': [{ path: exact(''), seed: 0 }],
  'random-seedable': [{ path: () => true, seed: 0 }],
  'seeded-rand': [{ path: () => true, seed: 0 }],
  mathjs: [{ path: exact('config', 'create', 'create.().config'), seed: { option: 'randomSeed' } }],
  uuid: [
    { path: exact('v4', 'v7'), seed: { option: 'random' } },
    { path: exact('v4', 'v7'), seed: { option: 'rng' } },
  ],
  '@tensorflow/tfjs': TF,
  '@tensorflow/tfjs-node': TF,
  '@tensorflow/tfjs-node-gpu': TF,
  '@tensorflow/tfjs-core': TF,
};

/** Hand-rolled generators copied into the code base under their usual names. */
const HAND_ROLLED =
  /^(mulberry32|sfc32|jsf32|splitmix(32|64)?|xoshiro\w*|xoroshiro\w*|xorshift\w*|lcg|parkMiller|park_miller|seeded_?(random|rng|prng)\w*|create_?seeded_?\w+|make_?seeded_?\w+|seed_?random|new_?seeded_?\w+)$/i;

function seedNode(entry: Entry, args: readonly Node[]): Node | undefined {
  if (typeof entry.seed === 'number') {
    const arg = args[entry.seed];
    if (
      !arg ||
      arg.type === 'SpreadElement' ||
      (arg.type === 'Literal' && arg.value === null) ||
      (arg.type === 'Identifier' && arg.name === 'undefined')
    ) {
      return undefined;
    }
    return arg;
  }
  return optionValue(args, entry.seed.option);
}

function isGlobalOption(option: string | undefined, args: readonly Node[]): boolean {
  const value = option ? optionValue(args, option) : undefined;
  return value?.type === 'Literal' && value.value === true;
}

/** The library a ref belongs to and its member path, `default` folded away. */
function libraryOf(ref: RefValue): { name: string; path: readonly string[] } | undefined {
  if (ref.module === undefined) {
    return undefined;
  }
  let name = ref.module;
  let path = ref.path;
  if (!(name in LIBRARIES)) {
    const slash = name.indexOf('/', name.startsWith('@') ? name.indexOf('/') + 1 : 0);
    if (slash < 0 || !(name.slice(0, slash) in LIBRARIES)) {
      return undefined;
    }
    path = [...name.slice(slash + 1).split('/'), ...path];
    name = name.slice(0, slash);
  }
  if (path[0] === 'default') {
    path = path.slice(1);
  }
  return { name, path };
}

/** Whether a call creates or seeds a pseudo-random generator from a given seed. */
export function seededPrngCall(ctx: TsRuleContext, node: CallNode): SeededPrng | undefined {
  const { targets, args } = targetsOf(ctx, node);
  for (const { ref } of targets) {
    if (isGlobal(ref, 'Math', 'seedrandom') && args[0]) {
      return { library: 'Math.seedrandom', seed: args[0], global: true, ref };
    }
    const lib = libraryOf(ref);
    if (lib) {
      for (const entry of LIBRARIES[lib.name]) {
        const seed = entry.path(lib.path) ? seedNode(entry, args) : undefined;
        if (seed) {
          const member = lib.path.filter((p) => p !== '()').join('.');
          return { library: member ? `${lib.name}.${member}` : lib.name, seed, global: isGlobalOption(entry.globalOption, args), ref };
        }
      }
    }
    const last = ref.path[ref.path.length - 1];
    if (ref.module !== undefined && /^(\.|@\/|~\/|#)/.test(ref.module) && last && HAND_ROLLED.test(last) && args[0]) {
      return { library: last, seed: args[0], global: false, ref };
    }
  }
  return handRolled(ctx, node, args);
}

/** `mulberry32(42)` where `mulberry32` is a function of this file. */
function handRolled(ctx: TsRuleContext, node: CallNode, args: readonly Node[]): SeededPrng | undefined {
  const callee = node.callee;
  const name = callee.type === 'Identifier' ? callee.name : undefined;
  if (!name || !HAND_ROLLED.test(name) || !args[0] || args[0].type === 'SpreadElement') {
    return undefined;
  }
  if (!ctx.values(callee).some((v) => v.kind === 'fn')) {
    return undefined;
  }
  return { library: name, seed: args[0], global: false, ref: { kind: 'ref', module: undefined, path: [name] } };
}
