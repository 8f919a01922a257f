/**
 * Where a file-system path argument points, computed without running anything: constant
 * folding plus `os.homedir()`, `os.tmpdir()`, `process.env.HOME`, `__dirname`, `process.cwd()`,
 * `path.join/resolve`, template literals and concatenation. Unknown parts become `*`.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { isGlobal, modulePath, type RefValue, type Value } from '../../js/values';
import { CREDENTIAL, PERSISTENCE, PSEUDO_FS, SYSTEM_ROOTS, TMP_ROOTS } from './fs-sensitive';

const HOME = '~';
const TMP = '$TMPDIR';
const CWD = '$CWD';
const DIR = '$DIR';
const FILE = '$FILE';
const MAX = 8;

export type PathClass = 'credential' | 'outside' | 'persistence' | 'system' | 'absolute' | 'tmp' | 'project' | 'unknown';

export interface PathInfo {
  class: PathClass;
  /** Display form: `~/.ssh/id_rsa`, `/etc/passwd`, `$TMPDIR/x`, `*` for unknown parts; undefined when nothing is known. */
  display?: string;
  /** Where the path points before credential and persistence patterns are applied (`~/.ssh/x` is `outside`). */
  base?: PathClass;
}

const PATH_MODULES = new Set(['path', 'upath', 'pathe']);
const HOME_ENV = new Set(['HOME', 'USERPROFILE']);
const TMP_ENV = new Set(['TMPDIR', 'TMP', 'TEMP']);

function refPath(ref: RefValue): string | undefined {
  const p = ref.path.join('.');
  if (ref.module === 'os') {
    return p === 'homedir.()' || p === 'userInfo.().homedir' ? HOME : p === 'tmpdir.()' ? TMP : undefined;
  }
  if (ref.module === undefined || ref.module === 'process') {
    const env =
      ref.module === undefined
        ? ref.path[0] === 'process' && ref.path[1] === 'env'
          ? ref.path[2]
          : undefined
        : ref.path[0] === 'env'
          ? ref.path[1]
          : undefined;
    if (env && HOME_ENV.has(env)) {
      return HOME;
    }
    if (env && TMP_ENV.has(env)) {
      return TMP;
    }
    if (env === 'APPDATA') {
      return '~/AppData/Roaming';
    }
    if (env === 'LOCALAPPDATA') {
      return '~/AppData/Local';
    }
    if (p === '__dirname') {
      return DIR;
    }
    if (p === '__filename') {
      return `${DIR}/${FILE}`;
    }
    if (p === 'process.cwd.()' || (ref.module === 'process' && p === 'cwd.()')) {
      return CWD;
    }
  }
  return undefined;
}

function cross(parts: string[][], join: (items: string[]) => string): string[] {
  let out: string[][] = [[]];
  for (const options of parts) {
    const next: string[][] = [];
    for (const prefix of out) {
      for (const option of options) {
        next.push([...prefix, option]);
      }
    }
    out = next.slice(0, MAX);
  }
  return out.map(join);
}

/** `[homedir(), '.ssh', 'id_rsa'].join(sep)`: the array items, when they are joined with a path separator. */
function joinedArray(ctx: TsRuleContext, node: TSESTree.CallExpression): Node[] | undefined {
  const callee = node.callee.type === 'ChainExpression' ? node.callee.expression : node.callee;
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'ArrayExpression' || ctx.text(callee.property) !== 'join') {
    return undefined;
  }
  const sep = node.arguments[0];
  const isSep =
    sep !== undefined &&
    ((ctx.strings(sep)?.every((s) => s === '/' || s === '\\') ?? false) ||
      ctx.refs(sep).some((r) => (modulePath(r, PATH_MODULES) ?? []).join('.').replace(/^(posix|win32)\./, '') === 'sep'));
  if (!isSep) {
    return undefined;
  }
  const items = callee.object.elements;
  return items.every((e) => e !== null && e.type !== 'SpreadElement') ? (items as Node[]) : undefined;
}

function isPathCall(ctx: TsRuleContext, node: TSESTree.CallExpression): string | undefined {
  for (const value of ctx.callTargets(node).targets) {
    if (value.kind === 'ref' && value.module === 'url' && value.path.join('.') === 'fileURLToPath') {
      return 'fileURLToPath';
    }
    if (value.kind === 'ref') {
      const p = modulePath(value, PATH_MODULES);
      const last = p?.[p.length - 1];
      if (last === 'join' || last === 'resolve' || last === 'normalize' || last === 'dirname') {
        return last;
      }
    }
  }
  return undefined;
}

/** The possible symbolic forms of a path expression. */
export function symbolicPaths(ctx: TsRuleContext, node: Node, depth = 0): string[] {
  if (depth > 12) {
    return ['*'];
  }
  const strings = ctx.strings(node);
  if (strings) {
    return strings.slice(0, MAX);
  }
  if (node.type === 'MemberExpression' && node.object.type === 'MetaProperty' && ctx.text(node.property) === 'dirname') {
    return [DIR];
  }
  const values = ctx.values(node);
  const known = values.map((v) => (v.kind === 'ref' ? refPath(v) : undefined));
  if (known.length > 0 && known.every((k) => k !== undefined)) {
    return known as string[];
  }
  if (node.type === 'Identifier' && known.some((k) => k !== undefined)) {
    // `function load(cwd = process.cwd())`: the default is one of the places the path can be.
    return [...new Set(known.map((k) => k ?? '*'))];
  }
  switch (node.type) {
    case 'CallExpression': {
      const joined = joinedArray(ctx, node);
      if (joined) {
        return cross(
          joined.map((a) => symbolicPaths(ctx, a, depth + 1)),
          (items) => joinPaths(items, false),
        );
      }
      const how = isPathCall(ctx, node);
      if (!how) {
        return ['*'];
      }
      if (how === 'fileURLToPath') {
        const arg = node.arguments[0];
        const isMetaUrl = arg?.type === 'MemberExpression' && arg.object.type === 'MetaProperty' && ctx.text(arg.property) === 'url';
        return [isMetaUrl ? `${DIR}/${FILE}` : '*'];
      }
      const parts = node.arguments.map((a) => symbolicPaths(ctx, a, depth + 1));
      if (how === 'dirname') {
        return (parts[0] ?? ['*']).map((p) => `${p}/..`);
      }
      return cross(parts, (items) => joinPaths(items, how === 'resolve'));
    }
    case 'TemplateLiteral': {
      const parts: string[][] = [];
      node.quasis.forEach((q, i) => {
        parts.push([q.value.cooked ?? '']);
        if (node.expressions[i]) {
          parts.push(symbolicPaths(ctx, node.expressions[i], depth + 1));
        }
      });
      return cross(parts, (items) => items.join(''));
    }
    case 'BinaryExpression':
      if (node.operator === '+') {
        return cross([symbolicPaths(ctx, node.left, depth + 1), symbolicPaths(ctx, node.right, depth + 1)], (items) => items.join(''));
      }
      return ['*'];
    case 'Identifier':
      return followName(ctx, values, depth);
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'AwaitExpression':
      return symbolicPaths(ctx, node.type === 'AwaitExpression' ? node.argument : node.expression, depth + 1);
    default:
      return ['*'];
  }
}

function followName(ctx: TsRuleContext, values: Value[], depth: number): string[] {
  const out: string[] = [];
  for (const value of values) {
    const decl = value.trace?.[0];
    const init = decl?.type === 'VariableDeclarator' && decl.id.type === 'Identifier' ? decl.init : undefined;
    out.push(...(init ? symbolicPaths(ctx, init, depth + 1) : ['*']));
  }
  return out.length > 0 ? [...new Set(out)].slice(0, MAX) : ['*'];
}

function isAbsolute(p: string): boolean {
  return (
    p.startsWith('/') ||
    /^[A-Za-z]:[\\/]/.test(p) ||
    p.startsWith('\\\\') ||
    p === HOME ||
    p.startsWith(`${HOME}/`) ||
    p.startsWith(TMP) ||
    p.startsWith(CWD) ||
    p.startsWith(DIR)
  );
}

function joinPaths(items: string[], resolve: boolean): string {
  let out = '';
  for (const item of items) {
    if (resolve && isAbsolute(item)) {
      out = item;
    } else {
      out = out === '' ? item : `${out.replace(/[\\/]+$/, '')}/${item}`;
    }
  }
  return out;
}

export const RANK: PathClass[] = ['project', 'unknown', 'tmp', 'absolute', 'system', 'persistence', 'outside', 'credential'];

/** Resolves `.` and `..`; returns undefined when the path climbs above its root. */
function normalize(segments: string[]): string[] | undefined {
  const out: string[] = [];
  for (const s of segments) {
    if (s === '' || s === '.') {
      continue;
    }
    if (s === '..') {
      if (out.length === 0) {
        return undefined;
      }
      if (out[out.length - 1] !== '*') {
        out.pop();
      }
    } else {
      out.push(s);
    }
  }
  return out;
}

/** Where one symbolic path (as `symbolicPaths` gives it) points, seen from the file at `file`. */
export function classifyOne(raw: string, file: string): PathInfo {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  let p = raw.replace(/\\/g, '/').replace(FILE, file.slice(dir.length + (dir ? 1 : 0)));
  if (p.startsWith(DIR)) {
    // A file at the root has no directory: `$DIR/../x` is `../x`, not `/../x`.
    p = dir ? dir + p.slice(DIR.length) : p.slice(DIR.length).replace(/^\/+/, '');
  } else if (p.startsWith(CWD)) {
    p = p.slice(CWD.length).replace(/^\/+/, '');
  }
  const info = ((): PathInfo => {
    if (p === HOME || p.startsWith(`${HOME}/`)) {
      const rest = normalize(p.slice(1).split('/'));
      return { class: 'outside', display: rest ? ['~', ...rest].join('/') : '~' };
    }
    if (p.startsWith(TMP)) {
      const rest = normalize(p.slice(TMP.length).split('/')) ?? [];
      return { class: 'tmp', display: [TMP, ...rest].join('/') };
    }
    const drive = /^[A-Za-z]:\//.test(p);
    if (p.startsWith('/') || drive) {
      const segments = normalize((drive ? p.slice(2) : p).split('/')) ?? [];
      const abs = `${drive ? p.slice(0, 2) : ''}/${segments.join('/')}`;
      const cls: PathClass = drive
        ? 'outside'
        : TMP_ROOTS.test(abs)
          ? 'tmp'
          : PSEUDO_FS.test(abs)
            ? 'system'
            : SYSTEM_ROOTS.test(abs)
              ? 'outside'
              : 'absolute';
      return { class: cls, display: abs };
    }
    if (p.startsWith('*')) {
      const segments = normalize(p.split('/')) ?? [];
      return { class: 'unknown', display: p === '*' ? undefined : segments.join('/') };
    }
    const segments = normalize(p.split('/'));
    return segments ? { class: 'project', display: segments.join('/') || '.' } : { class: 'outside', display: p };
  })();
  const full = (info.display ?? p).replace(/^~/, '');
  if (CREDENTIAL.some((re) => re.test(full))) {
    return { class: 'credential', display: info.display ?? p, base: info.class };
  }
  if (PERSISTENCE.some((re) => re.test(full)) && RANK.indexOf(info.class) < RANK.indexOf('persistence')) {
    return { class: 'persistence', display: info.display ?? p, base: info.class };
  }
  return { ...info, base: info.class };
}

/** Where a path argument points, the worst of its possible values. */
export function classifyPath(ctx: TsRuleContext, node: Node | undefined): PathInfo {
  if (!node) {
    return { class: 'unknown' };
  }
  let worst: PathInfo = { class: 'project' };
  let first = true;
  for (const p of symbolicPaths(ctx, node)) {
    const info = classifyOne(p, ctx.path);
    if (first || RANK.indexOf(info.class) > RANK.indexOf(worst.class)) {
      worst = info;
      first = false;
    }
  }
  return worst;
}

export function isGlobalProcess(ref: RefValue, member: string): boolean {
  return isGlobal(ref, 'process', member) || (ref.module === 'process' && ref.path.length === 1 && ref.path[0] === member);
}

/** Whether a call builds a path from pieces: `path.join/resolve/normalize(...)`, `[a, b].join(sep)`. */
export function isPathBuilder(ctx: TsRuleContext, node: TSESTree.CallExpression): boolean {
  const how = isPathCall(ctx, node);
  return how === 'join' || how === 'resolve' || how === 'normalize' || joinedArray(ctx, node) !== undefined;
}
