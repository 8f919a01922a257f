/**
 * Where a Python seed's value comes from: a literal, a parameter, configuration, the clock, the
 * host, the environment, a network reply, the data being processed, or a real random source.
 * Follows local names, arithmetic, `int()`/`hash()` wrappers and local helper functions.
 */
import type { PyRuleContext } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { localDefinitions } from './py-dynamic-locals';

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

function identifier(ctx: PyRuleContext, n: PyNode, pick: Pick): SeedOrigin {
  const defs = localDefinitions(n, ctx.sourceText);
  if (defs && defs.every((d) => d.kind !== 'import')) {
    const parts: SeedOrigin[] = [];
    for (const def of defs) {
      if (def.kind === 'param') {
        const fromDefault = def.default ? pick([def.default], false) : undefined;
        parts.push(fromDefault && EXTERNAL.has(fromDefault.origin) ? fromDefault : { origin: 'param', node: n });
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

function member(ctx: PyRuleContext, n: PyNode, pick: Pick): SeedOrigin {
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
    return inner.origin === 'unknown' ? { origin: 'data', node: n } : inner;
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
  return parts.length > 0 ? pick(parts, true) : { origin: 'unknown', node: n };
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
  const out: PyNode[] = [];
  const stack = body ? [...body.children] : [];
  while (stack.length > 0) {
    const node = stack.pop() as PyNode;
    if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') {
      continue;
    }
    if (node.type === 'return_statement') {
      out.push(...namedChildren(node).slice(0, 1));
      continue;
    }
    stack.push(...node.children);
  }
  return out;
}
