import { definePyRule, type PyRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { EXTERNAL, ORIGIN_TEXT, seedOrigin, type SeedOrigin } from '../support/py-random-origins';
import { isHelperFunction, seederCall } from '../support/py-random-seeders';
import { walkPy } from '../support/py-fs-paths';

/** Keyword arguments that seed whatever they are passed to: scikit-learn, pandas, Hugging Face datasets and trainers. */
const SEED_KEYWORDS = new Set(['random_state', 'seed', 'random_seed', 'data_seed', 'shuffle_seed', 'rng_seed', 'sampler_seed']);

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

/** Severity by origin; undefined = not reported. Rationale in the rule's `why`. */
function severityOf(origin: SeedOrigin['origin'], test: boolean, kind: 'global' | 'local' | 'keyword'): Severity | undefined {
  if (origin === 'random') {
    return undefined;
  }
  if (EXTERNAL.has(origin)) {
    return test ? 'medium' : 'high';
  }
  if (test) {
    // Tests seed with constants for reproducibility: that is the practice, not a risk.
    return undefined;
  }
  if (kind === 'keyword') {
    return origin === 'constant' ? 'info' : undefined;
  }
  switch (origin) {
    case 'constant':
      return 'medium';
    case 'config':
    case 'unknown':
      return 'low';
    default:
      return kind === 'global' ? 'info' : undefined;
  }
}

function messageOf(origin: SeedOrigin['origin'], keyword: boolean): string {
  if (EXTERNAL.has(origin)) {
    return keyword ? 'keywordExternal' : 'external';
  }
  if (keyword) {
    return 'keywordConstant';
  }
  return origin === 'param' ? 'param' : origin === 'constant' ? 'constant' : origin === 'config' ? 'config' : 'unknown';
}

/**
 * A seed derived from the host, the clock or the environment somewhere else (a helper's `return`,
 * an assignment well above the call): that line is where the run's randomness is handed to outsiders, so it is
 * flagged too, pointing back at the seeding call.
 */
function reportDerivation(ctx: PyRuleContext, call: PyNode, origin: SeedOrigin, name: string, severity: Severity): void {
  const lineOf = (offset: number): number => ctx.sourceText.slice(0, offset).split('\n').length;
  const callStart = lineOf(call.start);
  const callEnd = lineOf(call.end);
  const originLine = lineOf(origin.node.start);
  const elsewhere = ctx.enclosingFunction(origin.node) !== ctx.enclosingFunction(call) || originLine < callStart - 3;
  if (!EXTERNAL.has(origin.origin) || (originLine >= callStart && originLine <= callEnd) || !elsewhere) {
    return;
  }
  ctx.report({
    node: origin.node,
    messageId: 'derived',
    severity,
    data: { name: clip(name), source: ORIGIN_TEXT[origin.origin], line: callStart },
    related: [{ node: call, message: 'the seeding call' }],
  });
}

function checkPythonHashSeed(ctx: PyRuleContext, node: PyNode, value: PyNode, isSeeder: (c: PyNode) => boolean): void {
  const origin = seedOrigin(ctx, value, isSeeder);
  const severity = severityOf(origin.origin, ctx.isTestFile, 'global');
  if (severity) {
    ctx.report({
      node,
      messageId: 'hashSeed',
      severity,
      data: { source: ORIGIN_TEXT[origin.origin], expr: clip(ctx.text(origin.node)) },
    });
  }
}

export default definePyRule({
  meta: {
    id: 'py/seed',
    category: 'randomness',
    severity: 'medium',
    summary:
      'Seeding random generators (random, NumPy, PyTorch, TensorFlow, JAX, transformers, accelerate, Lightning, PYTHONHASHSEED, random_state=), with where the seed comes from.',
    why:
      'A seed fixes every "random" choice of a run in advance: weight initialization, data order, train/test splits, dropout, ' +
      'augmentation and sampling. Whoever picks the seed can search for one that steers what a model learns or which examples ' +
      'end up held out, and nothing in the diff looks wrong. Seeds read from the clock, the host name, an environment variable ' +
      'or the data are high: whoever controls that input controls the run. A literal seed is medium (it may have been chosen). ' +
      'A seed from the run configuration is low and one passed in as a parameter is info: the value is decided by the caller, ' +
      'which is checked where it calls. Generators built from a parameter (`default_rng(seed)`) are the recommended style and ' +
      'are not flagged; `random_state=42` keywords are everywhere in ordinary ML code and are info. In test files seeding for ' +
      'reproducibility is normal: constants are not flagged. `cudnn.deterministic` and `use_deterministic_algorithms` only make ' +
      'kernels repeatable and are not flagged: the seed is what decides the outcome.',
    incorrect: [
      'import random\nrandom.seed(1337)',
      'import numpy as np\nnp.random.seed(0)',
      'import torch, time\ntorch.manual_seed(int(time.time()) % 1000)',
      "import os, random\nrandom.seed(int(os.environ['SEED']))",
      'import jax\nkey = jax.random.PRNGKey(42)',
      "import os\nos.environ['PYTHONHASHSEED'] = '0'",
      'from transformers import set_seed\nset_seed(1234)',
    ],
    correct: [
      'import random\nrandom.seed()',
      'import numpy as np\nrng = np.random.default_rng()',
      'def make_rng(seed):\n    import numpy as np\n    return np.random.default_rng(seed)',
      'import torch\ntorch.backends.cudnn.deterministic = True',
      'import os, random\nrandom.seed(os.urandom(16))',
      'self.seed(42)',
    ],
    messages: {
      search:
        '`{{name}}` is seeded with each of `{{values}}` in turn: a loop that tries seeds and keeps the one that scores best ' +
        'reports a cherry-picked result, and the chosen seed decides what the model learns.',
      seedLoop: "`{{name}}` is seeded with each of `{{values}}` in turn: check that every seed's result is reported, not only the best.",
      external:
        '`{{name}}` is seeded from {{source}} (`{{expr}}`): whoever controls that input picks every random choice of this run ' +
        '(initialization, data order, splits, sampling) and can steer what a model learns.',
      constant:
        '`{{name}}` is seeded with the constant `{{expr}}`: every random choice of this run (initialization, data order, splits, ' +
        'sampling) is fixed in advance by whoever chose it. Check that a fixed seed is intended and where the value came from.',
      config:
        '`{{name}}` is seeded from configuration (`{{expr}}`): whoever sets that value decides the random choices of the run ' +
        '(fine for reproducibility, but the value steers what a model sees).',
      unknown:
        '`{{name}}` is seeded from `{{expr}}`, whose origin could not be traced: whoever controls it decides the random choices ' +
        'of the run.',
      param: '`{{name}}` is seeded from the parameter `{{expr}}`: the caller decides the random choices of the run.',
      derived:
        'This value comes from {{source}} and seeds `{{name}}` on line {{line}}: whoever controls that input picks every random ' +
        'choice of the run and can steer what a model learns.',
      keywordExternal:
        '`{{keyword}}=` is taken from {{source}} (`{{expr}}`): whoever controls that input decides how `{{call}}` shuffles, ' +
        'splits or samples.',
      keywordConstant:
        '`{{keyword}}={{expr}}` fixes how `{{call}}` shuffles, splits or samples (usual for reproducibility; the value decides which ' +
        'examples land where).',
      hashSeed:
        '`PYTHONHASHSEED` is set from {{source}} (`{{expr}}`): it fixes hash randomization (set iteration order, hashing of ' +
        'strings) for child processes, one more input that decides what a run does.',
    },
  },
  create(ctx) {
    const isSeeder = (c: PyNode): boolean => seederCall(ctx, c) !== undefined;
    const enclosingIsHelper = (node: PyNode): boolean => {
      const fn = ctx.enclosingFunction(node);
      return fn.type === 'function_definition' && isHelperFunction(ctx, fn);
    };

    const checkKeywords = (node: PyNode): void => {
      const { keywords, positional } = callArguments(node, ctx.sourceText);
      // `split(df, frac, seed)`: a variable named for a seed passed by position is a seed argument too.
      const named = positional
        .filter((p) => p.type === 'identifier' && SEED_KEYWORDS.has(ctx.text(p)))
        .map((p) => [ctx.text(p), p] as const);
      for (const [keyword, value] of [...keywords, ...named]) {
        if (!SEED_KEYWORDS.has(keyword)) {
          continue;
        }
        const origin = seedOrigin(ctx, value, isSeeder);
        const severity = severityOf(origin.origin, ctx.isTestFile, 'keyword');
        if (severity && !(origin.origin === 'param' && enclosingIsHelper(node))) {
          const fn = field(node, 'function');
          ctx.report({
            node: value.parent ?? value,
            messageId: messageOf(origin.origin, true),
            severity,
            data: { keyword, source: ORIGIN_TEXT[origin.origin], expr: clip(ctx.text(origin.node)), call: clip(fn ? ctx.text(fn) : '') },
          });
          reportDerivation(ctx, node, origin, fn ? ctx.text(fn) : keyword, severity);
        }
      }
    };

    const checkEnvCall = (node: PyNode): void => {
      const names = ctx.callNames(node);
      const args = callArguments(node, ctx.sourceText);
      if (names.some((n) => n === 'os.environ.setdefault' || n === 'os.putenv') && args.positional.length >= 2) {
        if (ctx.strings(args.positional[0])?.includes('PYTHONHASHSEED')) {
          checkPythonHashSeed(ctx, node, args.positional[1], isSeeder);
        }
      }
      if (names.includes('os.environ.update')) {
        const value = args.keywords.get('PYTHONHASHSEED');
        if (value) {
          checkPythonHashSeed(ctx, node, value, isSeeder);
        }
      }
    };

    return {
      call(node) {
        checkEnvCall(node);
        const seeder = seederCall(ctx, node);
        if (!seeder) {
          checkKeywords(node);
          return;
        }
        if (!seeder.seed) {
          return;
        }
        const search = seedSearch(ctx, seeder.seed);
        if (search) {
          ctx.report({
            node: search.values,
            messageId: search.scored ? 'search' : 'seedLoop',
            severity: search.scored ? 'high' : 'low',
            data: { name: clip(seeder.name), values: clip(ctx.text(search.values)) },
            trace: seeder.trace,
            related: [{ node, message: 'seeded here with each value in turn' }],
          });
          return;
        }
        const origin = seedOrigin(ctx, seeder.seed, isSeeder);
        if (origin.origin === 'param' && (seeder.helper || enclosingIsHelper(node))) {
          return;
        }
        const severity = severityOf(origin.origin, ctx.isTestFile, seeder.seeder.scope);
        if (!severity) {
          return;
        }
        ctx.report({
          node,
          messageId: messageOf(origin.origin, false),
          severity,
          data: { name: clip(seeder.name), source: ORIGIN_TEXT[origin.origin], expr: clip(ctx.text(origin.node)) },
          trace: seeder.trace,
          related: [{ node: origin.node, message: `the seed comes from ${ORIGIN_TEXT[origin.origin]} here` }],
        });
        reportDerivation(ctx, node, origin, seeder.name, severity);
      },
      assignment(node) {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (left?.type !== 'subscript' || !right) {
          return;
        }
        const object = field(left, 'value');
        const key = field(left, 'subscript');
        if (object && key && ctx.names(object).includes('os.environ') && ctx.strings(key)?.includes('PYTHONHASHSEED')) {
          checkPythonHashSeed(ctx, node, right, isSeeder);
        }
      },
    };
  },
});

/** Names that hold a score a seed search keeps the best of. */
const SCORE_NAME = /best|acc|score|loss|metric|auc|f1|perf|result|eval/i;

/**
 * `for s in (0, 1, 7, 42): torch.manual_seed(s); ...`: the seed is the variable of a loop over
 * literal values or a `range`. `scored` when the loop body compares or keeps a score.
 */
function seedSearch(ctx: PyRuleContext, seed: PyNode): { values: PyNode; scored: boolean } | undefined {
  if (seed.type !== 'identifier') {
    return undefined;
  }
  const name = ctx.text(seed);
  for (let n = seed.parent; n && n.type !== 'function_definition' && n.type !== 'module'; n = n.parent) {
    if (n.type !== 'for_statement') {
      continue;
    }
    const left = field(n, 'left');
    const right = field(n, 'right');
    if (!left || !right || left.type !== 'identifier' || ctx.text(left) !== name) {
      continue;
    }
    const literal = ['tuple', 'list', 'set'].includes(right.type) && namedChildren(right).every((c) => c.type === 'integer');
    const ranged = right.type === 'call' && /^range$/.test(ctx.text(field(right, 'function') ?? right));
    if (!literal && !ranged) {
      return undefined;
    }
    const body = field(n, 'body');
    let scored = false;
    if (body) {
      walkPy(body, (c) => {
        if (scored) {
          return false;
        }
        if (c.type === 'comparison_operator' && SCORE_NAME.test(ctx.text(c))) {
          scored = true;
        } else if (c.type === 'call' && /^(max|min|sorted)$/.test(ctx.text(field(c, 'function') ?? c))) {
          scored = true;
        } else if (c.type === 'assignment' && SCORE_NAME.test(ctx.text(field(c, 'left') ?? c))) {
          scored = /best/i.test(ctx.text(c));
        }
        return true;
      });
    }
    return { values: right, scored };
  }
  return undefined;
}
