/**
 * Python calls that seed random generators: the process-wide ones (`random.seed`,
 * `torch.manual_seed`, `transformers.set_seed`...) and constructors of seeded generators
 * (`random.Random(42)`, `np.random.default_rng(42)`, `jax.random.PRNGKey(0)`), with where the
 * seed argument is.
 */
import type { PyRuleContext } from '../../engine/rule';
import { argument } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';

export interface Seeder {
  /** `global` seeds a library's shared generator; `local` builds a generator object. */
  scope: 'global' | 'local';
  index: number;
  keyword: string;
}

const g = (keyword = 'seed', index = 0): Seeder => ({ scope: 'global', index, keyword });
const l = (keyword = 'seed', index = 0): Seeder => ({ scope: 'local', index, keyword });

export const SEEDERS: Record<string, Seeder> = {
  'random.seed': g('a'),
  'random.Random': l('x'),
  'random.Random().seed': l('a'),
  'numpy.random.seed': g(),
  'numpy.random.default_rng': l(),
  'numpy.random.RandomState': l(),
  'numpy.random.RandomState().seed': l(),
  'numpy.random.mtrand.RandomState': l(),
  'numpy.random.PCG64': l(),
  'numpy.random.PCG64DXSM': l(),
  'numpy.random.MT19937': l(),
  'numpy.random.Philox': l(),
  'numpy.random.SFC64': l(),
  'numpy.random.SeedSequence': l('entropy'),
  'torch.manual_seed': g(),
  'torch.random.manual_seed': g(),
  'torch.cuda.manual_seed': g(),
  'torch.cuda.manual_seed_all': g(),
  'torch.cuda.random.manual_seed': g(),
  'torch.cuda.random.manual_seed_all': g(),
  'torch.mps.manual_seed': g(),
  'torch.xpu.manual_seed': g(),
  'torch.xpu.manual_seed_all': g(),
  'torch.Generator().manual_seed': l(),
  'tensorflow.random.set_seed': g(),
  'tensorflow.set_random_seed': g(),
  'tensorflow.compat.v1.set_random_seed': g(),
  'tensorflow.compat.v1.random.set_random_seed': g(),
  'tensorflow.keras.utils.set_random_seed': g(),
  'keras.utils.set_random_seed': g(),
  'tensorflow.random.Generator.from_seed': l(),
  'tensorflow.random.experimental.Generator.from_seed': l(),
  'keras.random.SeedGenerator': l(),
  'jax.random.PRNGKey': l(),
  'jax.random.key': l(),
  'transformers.set_seed': g(),
  'transformers.trainer_utils.set_seed': g(),
  'transformers.enable_full_determinism': g(),
  'transformers.trainer_utils.enable_full_determinism': g(),
  'accelerate.utils.set_seed': g(),
  'accelerate.utils.random.set_seed': g(),
  'lightning.seed_everything': g(),
  'lightning.pytorch.seed_everything': g(),
  'lightning.pytorch.utilities.seed.seed_everything': g(),
  'lightning.fabric.seed_everything': g(),
  'lightning.fabric.utilities.seed.seed_everything': g(),
  'lightning_fabric.seed_everything': g(),
  'lightning_fabric.utilities.seed.seed_everything': g(),
  'pytorch_lightning.seed_everything': g(),
  'pytorch_lightning.utilities.seed.seed_everything': g(),
  'torch_geometric.seed_everything': g(),
  'trl.set_seed': g(),
  'deepspeed.runtime.utils.set_random_seed': g(),
  'mmengine.runner.set_random_seed': g(),
  'detectron2.utils.env.seed_all_rng': g(),
  'cupy.random.seed': g(),
  'mxnet.random.seed': g('seed_state'),
  'paddle.seed': g(),
  'mindspore.set_seed': g(),
  'faker.Faker.seed': g('seed'),
  'sklearn.utils.check_random_state': l(),
};

/** Names of the project's own seeding helpers: `set_seed(42)`, `utils.seed_everything(seed)`. */
const HELPERS = new Set([
  'set_seed',
  'set_seeds',
  'seed_everything',
  'seed_all',
  'set_random_seed',
  'set_random_seeds',
  'set_global_seed',
  'set_all_seeds',
  'fix_seed',
  'fix_seeds',
  'fix_random_seed',
  'setup_seed',
  'init_seed',
  'init_seeds',
  'seed_torch',
  'torch_seed',
  'manual_seed',
]);

export interface SeederCall {
  /** The qualified name, or the helper's name as written. */
  name: string;
  seeder: Seeder;
  /** The seed argument, when one is passed. */
  seed: PyNode | undefined;
  helper: boolean;
  trace: readonly PyNode[];
}

export function seederCall(ctx: PyRuleContext, call: PyNode): SeederCall | undefined {
  const fn = field(call, 'function');
  if (!fn) {
    return undefined;
  }
  for (const ref of ctx.refs(fn)) {
    const seeder = SEEDERS[ref.name];
    if (seeder) {
      return {
        name: ref.name,
        seeder,
        seed: argument(call, ctx.sourceText, seeder.index, seeder.keyword),
        helper: false,
        trace: ref.trace,
      };
    }
  }
  // The project's own helper: a function defined here or imported by name, not a method of some object.
  const last = fn.type === 'identifier' ? ctx.text(fn) : fn.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
  if (!HELPERS.has(last)) {
    return undefined;
  }
  const values = ctx.values(fn);
  const own =
    values.some((v) => v.kind === 'fn') ||
    (values.some((v) => v.kind === 'ref') && !values.some((v) => v.kind === 'ref' && v.name.includes('()')));
  if (!own) {
    return undefined;
  }
  const seeder = g();
  return { name: ctx.text(fn), seeder, seed: argument(call, ctx.sourceText, 0, 'seed'), helper: true, trace: ctx.refs(fn)[0]?.trace ?? [] };
}

/** Whether a function is itself a seeding helper (its seeding from its own parameter is reported at its call sites). */
export function isHelperFunction(ctx: PyRuleContext, fn: PyNode): boolean {
  const name = fn.type === 'function_definition' ? field(fn, 'name') : undefined;
  return name !== undefined && (HELPERS.has(ctx.text(name)) || /seed/i.test(ctx.text(name)));
}
