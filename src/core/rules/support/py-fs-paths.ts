/**
 * Where a Python path expression points, without running it: constant strings plus
 * `os.path.expanduser`, `Path.home()`, `os.environ['HOME']`, `os.getcwd()`, `tempfile.gettempdir()`,
 * `__file__`, `os.path.join`, `pathlib` `/`, f-strings, `+`, `%` and `.format`, and the variables
 * they are assigned to. Produces the symbolic forms `support/fs-paths` classifies (`~`, `$TMPDIR`,
 * `$CWD`, `$DIR`, `*` for unknown parts), plus `$SITE` for Python's site-packages.
 */
import type { PyRuleContext } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { classifyOne, RANK, type PathInfo } from './fs-paths';
import { PERSISTENCE } from './fs-sensitive';
import { assignedValues, clip } from './py-fs-bindings';

export { assignedValues, clip, isDocstring, walkPy, within } from './py-fs-bindings';

const MAX = 8;
const SITE = '$SITE';

/** Environment variables that name a folder. */
const ENV_DIRS: Record<string, string> = {
  HOME: '~',
  USERPROFILE: '~',
  TMPDIR: '$TMPDIR',
  TMP: '$TMPDIR',
  TEMP: '$TMPDIR',
  APPDATA: '~/AppData/Roaming',
  LOCALAPPDATA: '~/AppData/Local',
  XDG_CONFIG_HOME: '~/.config',
  XDG_DATA_HOME: '~/.local/share',
  PWD: '$CWD',
};

/** Calls that return a folder. */
const DIR_CALLS: Record<string, string> = {
  'pathlib.Path.home': '~',
  'pathlib.PosixPath.home': '~',
  'pathlib.WindowsPath.home': '~',
  'os.getcwd': '$CWD',
  'os.getcwdb': '$CWD',
  'pathlib.Path.cwd': '$CWD',
  'tempfile.gettempdir': '$TMPDIR',
  'tempfile.mkdtemp': '$TMPDIR/*',
  'site.getusersitepackages': SITE,
  'site.getsitepackages': SITE,
  'sysconfig.get_path': SITE,
  'sysconfig.get_paths': SITE,
  'distutils.sysconfig.get_python_lib': SITE,
};

/** Calls whose result is their (joined) arguments as a path. */
const JOIN_CALLS = new Set([
  'os.path.join',
  'posixpath.join',
  'ntpath.join',
  'os.path.expanduser',
  'os.path.expandvars',
  'os.path.abspath',
  'os.path.realpath',
  'os.path.normpath',
  'os.fspath',
  'os.fsencode',
  'os.fsdecode',
  'builtins.str',
  'pathlib.Path',
  'pathlib.PurePath',
  'pathlib.PosixPath',
  'pathlib.PurePosixPath',
  'pathlib.WindowsPath',
]);

/** Methods of a path object that keep pointing at the same place. */
const SAME_PLACE = new Set(['expanduser', 'resolve', 'absolute', 'as_posix', 'expandvars', '__str__', 'encode', 'decode', 'strip']);

function cross(parts: string[][], join: (items: string[]) => string): string[] {
  let out: string[][] = [[]];
  for (const options of parts) {
    const next: string[][] = [];
    for (const prefix of out) {
      for (const option of options.length > 0 ? options : ['*']) {
        next.push([...prefix, option]);
      }
    }
    out = next.slice(0, MAX);
  }
  return out.map(join);
}

function isRoot(p: string): boolean {
  return /^([/\\~]|\$(TMPDIR|CWD|DIR|SITE)|[A-Za-z]:[\\/])/.test(p);
}

/** `os.path.join` and pathlib `/`: an absolute part starts over. */
function joinPaths(items: string[]): string {
  let out = '';
  for (const item of items) {
    out = isRoot(item) || out === '' ? item : `${out.replace(/[\\/]+$/, '')}/${item}`;
  }
  return out;
}

/** The value of an environment variable read: `os.environ['HOME']`, `os.getenv('HOME')`, `os.environ.get(...)`. */
export function envKey(ctx: PyRuleContext, node: PyNode): { key: PyNode | undefined; fallback?: PyNode } | undefined {
  if (node.type === 'subscript') {
    const object = field(node, 'value');
    if (object && ctx.names(object).some(isEnvMapping)) {
      return { key: field(node, 'subscript') };
    }
    return undefined;
  }
  if (node.type === 'call') {
    const names = ctx.callNames(node);
    if (names.some((n) => n === 'os.getenv' || n === 'os.getenvb' || (isEnvMapping(n.replace(/\.get$/, '')) && n.endsWith('.get')))) {
      const args = namedChildren(field(node, 'arguments') ?? node).filter((a) => a.type !== 'keyword_argument');
      return { key: args[0], fallback: args[1] };
    }
  }
  return undefined;
}

export function isEnvMapping(name: string): boolean {
  return name === 'os.environ' || name === 'os.environb' || name === 'posix.environ' || name === 'nt.environ';
}

/** The possible symbolic forms of a path expression. */
/** Paths by node and depth: a name assigned from other names is reached along many routes, each one once. */
const pathMemo = new WeakMap<PyNode, Map<number, string[]>>();

export function pyPaths(ctx: PyRuleContext, node: PyNode, depth = 0): string[] {
  if (depth > 10) {
    return ['*'];
  }
  let byDepth = pathMemo.get(node);
  const known = byDepth?.get(depth);
  if (known) {
    return [...known];
  }
  const paths = computePaths(ctx, node, depth);
  if (!byDepth) {
    byDepth = new Map();
    pathMemo.set(node, byDepth);
  }
  byDepth.set(depth, paths);
  return [...paths];
}

function computePaths(ctx: PyRuleContext, node: PyNode, depth: number): string[] {
  const strings = ctx.strings(node);
  if (strings) {
    return strings.slice(0, MAX);
  }
  const next = (n: PyNode): string[] => pyPaths(ctx, n, depth + 1);
  switch (node.type) {
    case 'parenthesized_expression':
    case 'await': {
      const inner = namedChildren(node)[0];
      return inner ? next(inner) : ['*'];
    }
    case 'identifier': {
      if (ctx.text(node) === '__file__') {
        return ['$DIR/$FILE'];
      }
      const sources = assignedValues(ctx, node);
      return sources.length > 0 ? [...new Set(sources.flatMap(next))].slice(0, MAX) : ['*'];
    }
    case 'attribute': {
      const object = field(node, 'object');
      const attr = field(node, 'attribute');
      if (object && attr && ctx.text(attr) === 'parent') {
        return next(object).map((p) => `${p}/..`);
      }
      const sources = assignedValues(ctx, node);
      return sources.length > 0 ? [...new Set(sources.flatMap(next))].slice(0, MAX) : ['*'];
    }
    case 'subscript':
    case 'call':
      return callPaths(ctx, node, next);
    case 'binary_operator':
      return binaryPaths(ctx, node, next);
    case 'string':
      return fstringPaths(ctx, node, next);
    case 'concatenated_string':
      return cross(namedChildren(node).map(next), (items) => items.join(''));
    case 'conditional_expression':
      return [
        ...new Set(
          namedChildren(node)
            .filter((_, i) => i !== 1)
            .flatMap(next),
        ),
      ].slice(0, MAX);
    case 'boolean_operator':
      return [...new Set([field(node, 'left'), field(node, 'right')].flatMap((c) => (c ? next(c) : [])))].slice(0, MAX);
    default:
      return ['*'];
  }
}

function envPaths(ctx: PyRuleContext, env: { key: PyNode | undefined; fallback?: PyNode }, next: (n: PyNode) => string[]): string[] {
  const keys = env.key ? ctx.strings(env.key) : undefined;
  const known = keys?.map((k) => ENV_DIRS[k]).filter((k): k is string => k !== undefined) ?? [];
  return known.length > 0 ? known : env.fallback ? next(env.fallback) : ['*'];
}

function callPaths(ctx: PyRuleContext, node: PyNode, next: (n: PyNode) => string[]): string[] {
  const env = envKey(ctx, node);
  if (env) {
    return envPaths(ctx, env, next);
  }
  if (node.type === 'subscript') {
    const value = field(node, 'value');
    return value?.type === 'call' ? callPaths(ctx, value, next) : ['*'];
  }
  const fn = field(node, 'function');
  const args = namedChildren(field(node, 'arguments') ?? node).filter((a) => a.type !== 'keyword_argument' && !a.type.endsWith('splat'));
  for (const name of ctx.callNames(node)) {
    if (DIR_CALLS[name] !== undefined) {
      return [DIR_CALLS[name]];
    }
    if (JOIN_CALLS.has(name)) {
      return args.length === 0 ? ['.'] : cross(args.map(next), joinPaths);
    }
    if (name === 'os.path.dirname') {
      return args[0] ? next(args[0]).map((p) => `${p}/..`) : ['*'];
    }
  }
  if (fn?.type === 'attribute') {
    const object = field(fn, 'object');
    const method = ctx.text(field(fn, 'attribute') ?? fn);
    if (object && SAME_PLACE.has(method)) {
      return next(object);
    }
    if (object && method === 'joinpath') {
      return cross([next(object), ...args.map(next)], joinPaths);
    }
    if (object && method === 'format' && ctx.strings(object)?.length === 1) {
      const template = (ctx.strings(object) as string[])[0];
      const parts = template.split(/\{[^{}]*\}/);
      const pieces: string[][] = [];
      parts.forEach((part, i) => {
        pieces.push([part]);
        if (i < parts.length - 1) {
          pieces.push(args[i] ? next(args[i]) : ['*']);
        }
      });
      return cross(pieces, (items) => items.join(''));
    }
  }
  return ['*'];
}

function binaryPaths(ctx: PyRuleContext, node: PyNode, next: (n: PyNode) => string[]): string[] {
  const left = field(node, 'left');
  const right = field(node, 'right');
  const op = field(node, 'operator');
  if (!left || !right || !op) {
    return ['*'];
  }
  switch (ctx.text(op)) {
    case '/':
      return cross([next(left), next(right)], joinPaths);
    case '+':
      return cross([next(left), next(right)], (items) => items.join(''));
    case '%': {
      const template = ctx.strings(left);
      if (template?.length !== 1) {
        return ['*'];
      }
      const items = right.type === 'tuple' ? namedChildren(right) : [right];
      const parts = template[0].split(/%[sdr]/);
      const pieces: string[][] = [];
      parts.forEach((part, i) => {
        pieces.push([part]);
        if (i < parts.length - 1) {
          pieces.push(items[i] ? next(items[i]) : ['*']);
        }
      });
      return cross(pieces, (xs) => xs.join(''));
    }
    default:
      return ['*'];
  }
}

function fstringPaths(ctx: PyRuleContext, node: PyNode, next: (n: PyNode) => string[]): string[] {
  const pieces: string[][] = [];
  for (const child of node.children) {
    if (child.type === 'string_content') {
      pieces.push([ctx.text(child)]);
    } else if (child.type === 'interpolation') {
      const expr = field(child, 'expression') ?? namedChildren(child)[0];
      pieces.push(expr ? next(expr) : ['*']);
    }
  }
  return pieces.length > 0 ? cross(pieces, (items) => items.join('')) : ['*'];
}

/** Python start-up hooks: code in these files runs whenever Python starts. */
const PY_STARTUP = /(^|\/)(sitecustomize|usercustomize)\.py$|(^|\/)(site|dist)-packages\/.*\.(pth|py)$/;

/** Where one symbolic path points; `$SITE`, installed packages and Python start-up files are persistence. */
export function classifyPy(raw: string, file: string): PathInfo {
  const info = classifyOne(raw.replace(/^\$SITE/, '/usr/lib/python3/site-packages'), file);
  const path = (info.display ?? raw).replace(/\\/g, '/');
  const outside = info.base === 'outside' || info.base === 'absolute' || info.base === 'system';
  const startup = PY_STARTUP.test(path) || (outside && /\.pth$/.test(path));
  if (info.class !== 'credential' && (startup || PERSISTENCE.some((re) => re.test(path.replace(/^~/, ''))))) {
    return { class: 'persistence', display: raw.startsWith('$SITE') ? raw : path, base: info.base };
  }
  return raw.startsWith('$SITE') ? { ...info, display: raw } : info;
}

/** Where a path argument points, the worst of its possible values, plus whether any part was computed. */
export function classifyPyPath(ctx: PyRuleContext, node: PyNode | undefined): PathInfo & { computed: boolean } {
  if (!node) {
    return { class: 'unknown', computed: false };
  }
  let worst: PathInfo = { class: 'project' };
  let first = true;
  const paths = pyPaths(ctx, node);
  for (const p of paths) {
    const info = classifyPy(p, ctx.path);
    if (first || RANK.indexOf(info.class) > RANK.indexOf(worst.class)) {
      worst = info;
      first = false;
    }
  }
  const computed = paths.some((p) => p.includes('*') && p !== '*');
  return { ...worst, computed };
}

/** Display text for a path: the symbolic form when known, else the code. */
export function describePath(ctx: PyRuleContext, info: PathInfo, node: PyNode | undefined): string {
  if (info.display && info.class !== 'unknown') {
    return clip(info.display);
  }
  return node ? clip(ctx.text(node), 60) : '(no path)';
}
