/** Python's sources of randomness, by qualified name: modules, their functions and their generators. */

/** Modules whose every public attribute is a random source (or the machinery behind one). */
const RANDOM_MODULES = ['random', '_random', 'numpy.random', 'secrets', 'torch.random', 'jax.random', 'tensorflow.random', 'cupy.random'];

/** Single functions and classes elsewhere that draw or seed randomness. */
const RANDOM_FUNCTIONS = new Set([
  'os.urandom',
  'os.getrandom',
  'uuid.uuid4',
  'ssl.RAND_bytes',
  'torch.rand',
  'torch.randn',
  'torch.randint',
  'torch.randperm',
  'torch.rand_like',
  'torch.randn_like',
  'torch.randint_like',
  'torch.bernoulli',
  'torch.multinomial',
  'torch.normal',
  'torch.poisson',
  'torch.manual_seed',
  'torch.seed',
  'torch.initial_seed',
  'torch.Generator',
  'torch.cuda.manual_seed',
  'torch.cuda.manual_seed_all',
  'torch.utils.data.RandomSampler',
  'torch.utils.data.SubsetRandomSampler',
  'torch.utils.data.random_split',
  'sklearn.utils.shuffle',
  'sklearn.model_selection.train_test_split',
]);

export interface RandomSource {
  /** `module`: the whole module is replaced; `function`: a module-level source; `instance`: one generator object's method. */
  kind: 'module' | 'function' | 'instance';
  name: string;
}

/** What replacing the thing at a qualified name would change, if it is a random source. */
export function randomSource(name: string): RandomSource | undefined {
  if (RANDOM_MODULES.includes(name)) {
    return { kind: 'module', name };
  }
  const instance = name.includes('(');
  for (const module of RANDOM_MODULES) {
    if (name.startsWith(`${module}.`) && !name.slice(module.length + 1).startsWith('__')) {
      return { kind: instance ? 'instance' : 'function', name };
    }
  }
  const base = name.replace(/\(\)/g, '');
  for (const fn of RANDOM_FUNCTIONS) {
    if (base === fn || base.startsWith(`${fn}.`)) {
      return { kind: instance ? 'instance' : 'function', name };
    }
  }
  return undefined;
}

/**
 * A patch target written as a dotted string (`mock.patch('random.random')`,
 * `mock.patch('train.np.random.shuffle')`): a random source when some dotted suffix names one.
 * `np.random` and `np.random.shuffle` are read with the usual `np` alias.
 */
export function randomSourceInPath(path: string): RandomSource | undefined {
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    let name = parts.slice(i).join('.');
    if (name.startsWith('np.')) {
      name = `numpy.${name.slice(3)}`;
    }
    // `mymodule.random` counts too: the module's view of `random` is replaced.
    const source = randomSource(name);
    if (source) {
      return source;
    }
  }
  return undefined;
}
