/**
 * Python file-system operations: which call does what to which path argument. Module functions
 * (`os.remove`, `shutil.rmtree`, `open`) are found by qualified name; `pathlib.Path` methods by
 * the method name on an object that is a path (`Path.home() / '.bashrc'`, a variable assigned one).
 */
import type { PyRuleContext } from '../../engine/rule';
import { argument, callArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { assignedValues } from './py-fs-paths';

export type PyOp =
  | 'open'
  | 'read'
  | 'write'
  | 'append'
  | 'delete'
  | 'rmtree'
  | 'move'
  | 'copy'
  | 'permissions'
  | 'link'
  | 'mkdir'
  | 'list'
  | 'stat'
  | 'mktemp'
  | 'archive';

interface Spec {
  op: PyOp;
  /** Position and keyword of the path argument. */
  path?: [number, string];
  /** Second path (destination of copy, move and link). */
  dest?: [number, string];
  /** Mode argument of `open`-like calls, and the default mode. */
  mode?: [number, string, string];
}

const OPEN: Spec = { op: 'open', path: [0, 'file'], mode: [1, 'mode', 'r'] };
const one = (op: PyOp, keyword = 'path'): Spec => ({ op, path: [0, keyword] });
const two = (op: PyOp, a = 'src', b = 'dst'): Spec => ({ op, path: [0, a], dest: [1, b] });

const FUNCTIONS: Record<string, Spec> = {
  'builtins.open': OPEN,
  'io.open': OPEN,
  'codecs.open': { op: 'open', path: [0, 'filename'], mode: [1, 'mode', 'r'] },
  'gzip.open': { op: 'open', path: [0, 'filename'], mode: [1, 'mode', 'rb'] },
  'bz2.open': { op: 'open', path: [0, 'filename'], mode: [1, 'mode', 'rb'] },
  'lzma.open': { op: 'open', path: [0, 'filename'], mode: [1, 'mode', 'rb'] },
  'os.open': { op: 'open', path: [0, 'path'], mode: [1, 'flags', 'O_RDONLY'] },
  'tarfile.open': { op: 'open', path: [0, 'name'], mode: [1, 'mode', 'r'] },
  'zipfile.ZipFile': { op: 'open', path: [0, 'file'], mode: [1, 'mode', 'r'] },
  'os.remove': one('delete'),
  'os.unlink': one('delete'),
  'os.rmdir': one('delete'),
  'os.removedirs': one('delete', 'name'),
  'os.truncate': one('delete'),
  'shutil.rmtree': one('rmtree'),
  'os.rename': two('move'),
  'os.renames': two('move', 'old', 'new'),
  'os.replace': two('move'),
  'shutil.move': two('move'),
  'shutil.copy': two('copy'),
  'shutil.copy2': two('copy'),
  'shutil.copyfile': two('copy'),
  'shutil.copytree': two('copy'),
  'shutil.copymode': two('permissions'),
  'shutil.copystat': two('permissions'),
  'os.chmod': one('permissions'),
  'os.lchmod': one('permissions'),
  'os.chown': one('permissions'),
  'os.lchown': one('permissions'),
  'shutil.chown': one('permissions'),
  'os.chflags': one('permissions'),
  'os.symlink': two('link'),
  'os.link': two('link'),
  'os.makedirs': one('mkdir', 'name'),
  'os.mkdir': one('mkdir'),
  'tempfile.mktemp': { op: 'mktemp' },
  'os.tempnam': { op: 'mktemp' },
  'os.tmpnam': { op: 'mktemp' },
  'os.listdir': one('list'),
  'os.scandir': one('list'),
  'os.walk': one('list', 'top'),
  'glob.glob': one('list', 'pathname'),
  'glob.iglob': one('list', 'pathname'),
  'os.path.exists': one('stat'),
  'os.path.isfile': one('stat'),
  'os.path.isdir': one('stat'),
  'os.path.getsize': one('stat', 'filename'),
  'os.stat': one('stat'),
  'os.access': one('stat'),
  'sqlite3.connect': one('read', 'database'),
  'shutil.make_archive': { op: 'archive', path: [2, 'root_dir'] },
  'configparser.ConfigParser().read': one('read', 'filenames'),
  'configparser.RawConfigParser().read': one('read', 'filenames'),
  'configparser.SafeConfigParser().read': one('read', 'filenames'),
  'netrc.netrc': one('read', 'file'),
  'numpy.load': one('read', 'file'),
  'pandas.read_csv': one('read', 'filepath_or_buffer'),
};

/** `pathlib.Path` methods: the object is the path. */
const PATH_METHODS: Record<string, Spec> = {
  read_text: { op: 'read' },
  read_bytes: { op: 'read' },
  open: { op: 'open', mode: [0, 'mode', 'r'] },
  write_text: { op: 'write' },
  write_bytes: { op: 'write' },
  unlink: { op: 'delete' },
  rmdir: { op: 'delete' },
  rename: { op: 'move', dest: [0, 'target'] },
  replace: { op: 'move', dest: [0, 'target'] },
  chmod: { op: 'permissions' },
  lchmod: { op: 'permissions' },
  touch: { op: 'write' },
  symlink_to: { op: 'link' },
  hardlink_to: { op: 'link' },
  link_to: { op: 'link' },
  mkdir: { op: 'mkdir' },
  iterdir: { op: 'list' },
  glob: { op: 'list' },
  rglob: { op: 'list' },
  exists: { op: 'stat' },
  is_file: { op: 'stat' },
  is_dir: { op: 'stat' },
  stat: { op: 'stat' },
};

/** Methods that are pathlib's alone; the others (`replace`, `open`, `exists`...) need an object known to be a path. */
const PATHLIB_ONLY = new Set(['read_text', 'read_bytes', 'write_text', 'write_bytes', 'symlink_to', 'hardlink_to', 'iterdir', 'rglob']);

export interface FileOp {
  op: PyOp;
  /** What the call is, for messages. */
  name: string;
  /** The path (for pathlib methods: the object). */
  path: PyNode | undefined;
  dest?: PyNode;
  mode?: PyNode;
  defaultMode?: string;
  trace?: readonly PyNode[];
  /** For `netrc.netrc()` without arguments: the file read by default. */
  implicit?: string;
}

/** Whether an expression is a `pathlib` path object. */
export function isPathObject(ctx: PyRuleContext, node: PyNode, depth = 0): boolean {
  if (depth > 6) {
    return false;
  }
  if (ctx.names(node).some((n) => n.startsWith('pathlib.') && n.endsWith(')'))) {
    return true;
  }
  switch (node.type) {
    case 'parenthesized_expression':
      return node.children.some((c) => c.named && isPathObject(ctx, c, depth + 1));
    case 'binary_operator': {
      const left = field(node, 'left');
      const op = field(node, 'operator');
      return left !== undefined && op !== undefined && ctx.text(op) === '/' && isPathObject(ctx, left, depth + 1);
    }
    case 'call': {
      const fn = field(node, 'function');
      const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
      const method = fn?.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
      return (
        object !== undefined &&
        /^(expanduser|resolve|absolute|joinpath|with_name|with_suffix|with_stem)$/.test(method) &&
        isPathObject(ctx, object, depth + 1)
      );
    }
    case 'attribute': {
      const object = field(node, 'object');
      const attr = field(node, 'attribute');
      if (object && attr && ctx.text(attr) === 'parent') {
        return isPathObject(ctx, object, depth + 1);
      }
      return assignedValues(ctx, node).some((v) => isPathObject(ctx, v, depth + 1));
    }
    case 'identifier':
      return assignedValues(ctx, node).some((v) => isPathObject(ctx, v, depth + 1));
    default:
      return false;
  }
}

function arg(call: PyNode, ctx: PyRuleContext, at: [number, string] | undefined): PyNode | undefined {
  return at ? argument(call, ctx.sourceText, at[0], at[1]) : undefined;
}

/** The file operation a call performs, if it is one. */
export function fileOp(ctx: PyRuleContext, call: PyNode): FileOp | undefined {
  const fn = field(call, 'function');
  if (!fn) {
    return undefined;
  }
  for (const ref of ctx.refs(fn)) {
    const spec = FUNCTIONS[ref.name];
    if (spec) {
      const name = ref.name.replace(/^builtins\./, '');
      const path = arg(call, ctx, spec.path);
      const implicit = ref.name === 'netrc.netrc' && !path ? '~/.netrc' : undefined;
      return {
        op: spec.op,
        name,
        path,
        dest: arg(call, ctx, spec.dest),
        mode: spec.mode ? arg(call, ctx, [spec.mode[0], spec.mode[1]]) : undefined,
        defaultMode: spec.mode?.[2],
        trace: ref.trace,
        implicit,
      };
    }
  }
  // `persist = operator.methodcaller('write_text', data)` then `persist(path)`: `path.write_text(data)`.
  const caller = ctx.values(fn).find((v) => v.kind === 'methodcaller' && Object.hasOwn(PATH_METHODS, v.method));
  if (caller?.kind === 'methodcaller') {
    const target = callArguments(call, ctx.sourceText).positional[0];
    const spec = PATH_METHODS[caller.method];
    if (target && (PATHLIB_ONLY.has(caller.method) || isPathObject(ctx, target))) {
      return { op: spec.op, name: `Path.${caller.method}`, path: target, trace: [fn] };
    }
  }
  if (fn.type !== 'attribute') {
    return undefined;
  }
  const object = field(fn, 'object');
  const method = ctx.text(field(fn, 'attribute') ?? fn);
  const spec = Object.hasOwn(PATH_METHODS, method) ? PATH_METHODS[method] : undefined;
  if (!object || !spec || (!PATHLIB_ONLY.has(method) && !isPathObject(ctx, object))) {
    return undefined;
  }
  const args = callArguments(call, ctx.sourceText);
  return {
    op: spec.op,
    name: `Path.${method}`,
    path: object,
    dest: arg(call, ctx, spec.dest),
    mode: spec.mode ? (args.keywords.get(spec.mode[1]) ?? args.positional[spec.mode[0]]) : undefined,
    defaultMode: spec.mode?.[2],
  };
}

/** What an `open`-like call does with its file: 'read', 'write' (w, x, +), 'append', or 'unknown' when the mode is computed. */
export function openMode(ctx: PyRuleContext, op: FileOp): 'read' | 'write' | 'append' | 'unknown' {
  if (op.name === 'os.open') {
    const flags = op.mode ? ctx.text(op.mode) : '';
    if (/O_APPEND/.test(flags)) {
      return 'append';
    }
    return /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC/.test(flags) ? 'write' : op.mode && !/O_RDONLY/.test(flags) ? 'unknown' : 'read';
  }
  if (!op.mode) {
    return 'read';
  }
  const modes = ctx.strings(op.mode);
  if (!modes) {
    return 'unknown';
  }
  if (modes.some((m) => /[wx+]/.test(m))) {
    return 'write';
  }
  return modes.some((m) => m.includes('a')) ? 'append' : 'read';
}
