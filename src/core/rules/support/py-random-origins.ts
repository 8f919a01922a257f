/**
 * Where a Python seed's value comes from: a literal, a parameter, configuration, the clock, the
 * host, the environment, a network reply, the data being processed, or a real random source.
 * Follows local names, arithmetic, `int()`/`hash()` wrappers and local helper functions.
 */
import type { PyRuleContext } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { localDefinitions } from './py-dynamic-locals';
import { identifiersIn } from './py-fs-bindings';
import { returnedExpressions } from '../../python/evaluate';

export type Origin = 'random' | 'constant' | 'param' | 'config' | 'unknown' | 'data' | 'network' | 'env' | 'time' | 'host';

export interface SeedOrigin {
  origin: Origin;
  /** The expression that decided the origin. */
  node: PyNode;
}

const RANK: Record<Origin, number> = {
  random: -1,
  constant: 0,
  param: 1,
  config: 2,
  unknown: 3,
  data: 4,
  network: 5,
  env: 6,
  time: 7,
  host: 8,
};

/** Origins a reviewer should treat as chosen from outside the code. */
export const EXTERNAL = new Set<Origin>(['data', 'network', 'env', 'time', 'host']);

/** What the origin is, for messages. */
export const ORIGIN_TEXT: Record<Origin, string> = {
  random: 'a real random source',
  constant: 'a constant',
  param: 'a parameter',
  config: 'configuration',
  unknown: 'a value that could not be traced',
  data: 'the data being processed',
  network: 'a network response',
  env: 'an environment variable',
  time: 'the clock',
  host: 'the machine (host name, user, process id)',
};

const SOURCES: [Origin, string[]][] = [
  [
    'time',
    [
      'time.time',
      'time.time_ns',
      'time.perf_counter',
      'time.perf_counter_ns',
      'time.monotonic',
      'time.monotonic_ns',
      'time.process_time',
      'time.localtime',
      'time.gmtime',
      'time.clock',
      'time.strftime',
      'datetime.datetime.now',
      'datetime.datetime.utcnow',
      'datetime.datetime.today',
      'datetime.date.today',
      'pandas.Timestamp.now',
      'arrow.now',
      'arrow.utcnow',
    ],
  ],
  [
    'host',
    [
      'socket.gethostname',
      'socket.getfqdn',
      'socket.gethostbyname',
      'platform.node',
      'platform.uname',
      'os.uname',
      'os.getlogin',
      'os.getpid',
      'os.getppid',
      'os.getuid',
      'getpass.getuser',
      'uuid.getnode',
    ],
  ],
  ['env', ['os.environ', 'os.environb', 'os.getenv', 'os.getenvb', 'dotenv.dotenv_values', 'dotenv.get_key']],
  ['network', ['requests', 'httpx', 'urllib.request.urlopen', 'urllib3', 'aiohttp', 'http.client', 'socket.socket().recv']],
  [
    'random',
    [
      'os.urandom',
      'os.getrandom',
      'secrets',
      'random.SystemRandom',
      'uuid.uuid4',
      'uuid.uuid1',
      'random.random',
      'random.randint',
      'random.randrange',
      'random.getrandbits',
      'torch.seed',
      'torch.initial_seed',
      'numpy.random.randint',
    ],
  ],
  ['config', ['sys.argv', 'argparse', 'json.load', 'yaml.safe_load', 'yaml.load', 'tomllib.load', 'toml.load', 'omegaconf', 'hydra']],
];

/** Calls whose result is a fixed function of their input: the input's origin is the result's. */
const DIGESTS = ['builtins.hash', 'builtins.len', 'builtins.sum', 'hashlib', 'zlib.crc32', 'zlib.adler32', 'binascii.crc32', 'mmh3'];

export function matchesName(name: string, key: string): boolean {
  return name === key || name.startsWith(`${key}.`) || name.startsWith(`${key}(`);
}

export function refOrigin(name: string): Origin | undefined {
  for (const [origin, keys] of SOURCES) {
    if (keys.some((k) => matchesName(name, k))) {
      return origin;
    }
  }
  return undefined;
}

type Pick = (nodes: readonly PyNode[], mixing: boolean) => SeedOrigin;

/** Combines parts: the most outside-controlled wins; a real random part mixed in by arithmetic makes it all random. */
function combine(parts: SeedOrigin[], mixing: boolean, fallback: PyNode): SeedOrigin {
  if (parts.length === 0) {
    return { origin: 'constant', node: fallback };
  }
  if (mixing && parts.some((p) => p.origin === 'random')) {
    return parts.find((p) => p.origin === 'random') as SeedOrigin;
  }
  let best: SeedOrigin | undefined;
  for (const part of parts) {
    if (part.origin !== 'random' && (!best || RANK[part.origin] > RANK[best.origin])) {
      best = part;
    }
  }
  return best ?? parts[0];
}

/**
 * The origin of a seed expression. `isSeeder` names calls that are themselves seeded generators
 * (flagged on their own), whose result counts as `random` here.
 */
export function seedOrigin(ctx: PyRuleContext, node: PyNode, isSeeder: (call: PyNode) => boolean): SeedOrigin {
  const active = new Set<PyNode>();
  const visit = (n: PyNode, depth: number): SeedOrigin => {
    if (depth > 16 || active.has(n)) {
      return { origin: 'unknown', node: n };
    }
    active.add(n);
    try {
      return classify(
        ctx,
        n,
        (nodes, mixing) =>
          combine(
            nodes.map((c) => visit(c, depth + 1)),
            mixing,
            n,
          ),
        isSeeder,
      );
    } finally {
      active.delete(n);
    }
  };
  return visit(node, 0);
}

function classify(ctx: PyRuleContext, n: PyNode, pick: Pick, isSeeder: (call: PyNode) => boolean): SeedOrigin {
  const self = (origin: Origin): SeedOrigin => ({ origin, node: n });
  switch (n.type) {
    case 'integer':
    case 'float':
    case 'true':
    case 'false':
      return self('constant');
    case 'none':
      return self('random');
    case 'string':
    case 'concatenated_string': {
      const parts = n.children.filter((c) => c.type === 'interpolation' || c.type === 'string').flatMap(interpolated);
      return parts.length > 0 ? pick(parts, true) : self('constant');
    }
    case 'parenthesized_expression':
    case 'unary_operator':
    case 'binary_operator':
    case 'tuple':
    case 'list':
    case 'expression_list':
      return pick(namedChildren(n), true);
    case 'boolean_operator':
      return pick(namedChildren(n), false);
    case 'conditional_expression':
      return pick(
        namedChildren(n).filter((_, i) => i !== 1),
        false,
      );
    case 'identifier':
      return identifier(ctx, n, pick);
    case 'attribute':
    case 'subscript':
      return member(ctx, n, pick);
    case 'call':
      return call(ctx, n, pick, isSeeder);
    default:
      return self('unknown');
  }
}

function interpolated(node: PyNode): PyNode[] {
  if (node.type === 'string') {
    return node.children.filter((c) => c.type === 'interpolation').flatMap(interpolated);
  }
  const expression = field(node, 'expression');
  return expression ? [expression] : [];
}

/** Parameters that carry the run's date or time (Airflow's `ds`, `ts`, `logical_date`; `run_date`, `day`): the clock, passed in. */
const RUN_DATE_PARAM =
  /^(?:ds|ts|ds_nodash|ts_nodash|logical_date|execution_date|data_interval_(?:start|end)|run_date|run_day|day|date|today|timestamp)$/;

function identifier(ctx: PyRuleContext, n: PyNode, pick: Pick): SeedOrigin {
  const defs = localDefinitions(n, ctx.sourceText);
  if (defs && defs.every((d) => d.kind !== 'import')) {
    const parts: SeedOrigin[] = [];
    for (const def of defs) {
      if (def.kind === 'param') {
        const fromDefault = def.default ? pick([def.default], false) : undefined;
        parts.push(
          fromDefault && EXTERNAL.has(fromDefault.origin)
            ? fromDefault
            : { origin: RUN_DATE_PARAM.test(ctx.text(n)) ? 'time' : 'param', node: n },
        );
      } else if (def.node.type === 'function_definition' || def.node.type === 'class_definition') {
        parts.push({ origin: 'unknown', node: n });
      } else {
        parts.push(pick([def.node], false));
      }
    }
    return combine(parts, false, n);
  }
  const values = ctx.values(n);
  if (values.length > 0 && values.every((v) => v.kind === 'num' || v.kind === 'str')) {
    return { origin: 'constant', node: n };
  }
  if (values.some((v) => v.kind === 'none')) {
    return { origin: 'random', node: n };
  }
  for (const name of ctx.names(n)) {
    const origin = refOrigin(name);
    if (origin) {
      return { origin, node: n };
    }
  }
  // A name imported from the project's own modules (`from config import SEED`).
  return { origin: ctx.names(n).length > 0 ? 'config' : 'unknown', node: n };
}

/** `args.seed = int(os.environ['SEED'])` in the function that reads `args.seed` (or the module): the values stored there. */
function attributeAssignments(ctx: PyRuleContext, n: PyNode): PyNode[] {
  if (n.type !== 'attribute') {
    return [];
  }
  const text = ctx.text(n).replace(/\s+/g, '');
  const scope = ctx.enclosingFunction(n);
  const out: PyNode[] = [];
  const stack = [scope];
  let budget = 20_000;
  while (stack.length > 0 && budget-- > 0 && out.length < 8) {
    const node = stack.pop() as PyNode;
    if (node !== scope && (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda')) {
      continue;
    }
    if (node.type === 'assignment' || node.type === 'augmented_assignment') {
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (left?.type === 'attribute' && right && ctx.text(left).replace(/\s+/g, '') === text) {
        out.push(right);
      }
    }
    stack.push(...namedChildren(node));
  }
  return out;
}

function member(ctx: PyRuleContext, n: PyNode, pick: Pick): SeedOrigin {
  // A setting overwritten in place (`args.seed = time.time_ns()`): what is stored there counts too.
  const stored = attributeAssignments(ctx, n);
  if (stored.length > 0) {
    const fromStored = pick(stored, false);
    if (EXTERNAL.has(fromStored.origin)) {
      return fromStored;
    }
  }
  for (const name of ctx.names(n)) {
    const origin = refOrigin(name);
    if (origin) {
      return { origin, node: n };
    }
  }
  const object = field(n, n.type === 'attribute' ? 'object' : 'value');
  if (!object) {
    return { origin: 'unknown', node: n };
  }
  for (const name of ctx.names(object)) {
    const origin = refOrigin(name);
    if (origin) {
      return { origin, node: n };
    }
  }
  const values = ctx.values(n);
  if (values.every((v) => v.kind === 'num' || v.kind === 'str')) {
    return { origin: 'constant', node: n };
  }
  // `args.seed`, `cfg["seed"]`, `self.seed`: a setting, unless what it is read from says more.
  const inner = pick([object], false);
  return EXTERNAL.has(inner.origin) || inner.origin === 'random' ? inner : { origin: 'config', node: n };
}

function call(ctx: PyRuleContext, n: PyNode, pick: Pick, isSeeder: (call: PyNode) => boolean): SeedOrigin {
  if (isSeeder(n)) {
    return { origin: 'random', node: n };
  }
  const names = ctx.callNames(n);
  for (const name of names) {
    const origin = refOrigin(name);
    if (origin) {
      return { origin, node: n };
    }
  }
  const fn = field(n, 'function');
  const args = field(n, 'arguments');
  const argNodes = args ? namedChildren(args).map((a) => (a.type === 'keyword_argument' ? (field(a, 'value') ?? a) : a)) : [];
  const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
  const receiver = object && !isNamespace(ctx, object) ? [object] : [];
  if (names.some((name) => DIGESTS.some((d) => matchesName(name, d)))) {
    const inner = pick([...argNodes, ...receiver], true);
    // A digest of a whole collection read at run time (`sha1(",".join(sorted(df["id"].unique())))`): the data picks it.
    if (
      inner.origin === 'unknown' ||
      ((inner.origin === 'param' || inner.origin === 'config') && readsCollection(ctx, [...argNodes, ...receiver], 0))
    ) {
      return { origin: 'data', node: n };
    }
    return inner;
  }
  const local = fn ? ctx.values(fn).find((v) => v.kind === 'fn') : undefined;
  if (local && local.kind === 'fn') {
    const returned = pick(returnValues(local.node), false);
    if (returned.origin !== 'param') {
      return returned;
    }
    return argNodes.length > 0 ? pick(argNodes, false) : returned;
  }
  const parts = [...argNodes, ...receiver];
  const picked = parts.length > 0 ? pick(parts, true) : { origin: 'unknown' as const, node: n };
  // `dataset_seed(df)` from another module: a function named for making seeds, fed values computed at run time
  // (unknown ones, or a name bound to what a call returned, `df = load(path)`, whatever named its source).
  if (argNodes.length > 0 && fn && /seed/i.test(ctx.text(fn))) {
    const runtime =
      picked.origin === 'unknown' ||
      ((picked.origin === 'param' || picked.origin === 'config') && argNodes.some((a) => loadedName(ctx, a)));
    if (runtime) {
      return { origin: 'data', node: n };
    }
  }
  return picked;
}

/** A name bound only to what calls returned (`df = load(path)`). */
function loadedName(ctx: PyRuleContext, node: PyNode): boolean {
  const defs = node.type === 'identifier' ? localDefinitions(node, ctx.sourceText) : undefined;
  return defs !== undefined && defs.length > 0 && defs.every((d) => d.kind === 'value' && d.node.type === 'call');
}

/** Calls that reduce a collection read at run time (a column, a file, an array) to one value. */
const COLLECTION_READS =
  /\.(unique|tolist|to_list|to_numpy|tobytes|to_csv|to_json|to_string|read|read_bytes|read_text|readlines|values|keys|items)\b|\b(sorted|set|list|frozenset|tuple)\s*\(|\.join\s*\(/;

/** Whether expressions (and the local names they read, a few levels deep) reduce a collection read at run time. */
function readsCollection(ctx: PyRuleContext, nodes: readonly PyNode[], depth: number): boolean {
  if (depth > 3) {
    return false;
  }
  for (const node of nodes) {
    if (COLLECTION_READS.test(ctx.text(node))) {
      return true;
    }
    for (const name of identifiersIn(node, 16)) {
      const defs = localDefinitions(name, ctx.sourceText) ?? [];
      const values = defs.flatMap((d) =>
        d.kind !== 'import' && d.kind !== 'param' && d.node.type !== 'function_definition' ? [d.node] : [],
      );
      if (values.length > 0 && readsCollection(ctx, values, depth + 1)) {
        return true;
      }
    }
  }
  return false;
}

/** A module or something reached from one by name (`np`, `torch.cuda`): a namespace, not a value. */
function isNamespace(ctx: PyRuleContext, node: PyNode): boolean {
  const values = ctx.values(node);
  return values.length > 0 && values.every((v) => v.kind === 'ref' && !v.name.includes('('));
}

function returnValues(fn: PyNode): PyNode[] {
  const body = field(fn, 'body');
  if (fn.type === 'lambda') {
    return body ? [body] : [];
  }
  return returnedExpressions(fn).filter((v): v is PyNode => v !== 'none');
}
