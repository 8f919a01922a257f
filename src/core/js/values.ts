/**
 * The abstract values name resolution works with. A `ref` is a path into a module or into the
 * global object: `require('child_process').exec` is `{module: 'child_process', path: ['exec']}`,
 * `globalThis['ev' + 'al']` is `{module: undefined, path: ['eval']}`. `'()'` in a path marks
 * the result of a call or `new`; `'*'` marks a property whose name could not be computed.
 */
import type { Binding, Node } from './scope';

interface Base {
  /** Declarations passed through to reach this value (aliases), for related locations. */
  trace?: readonly Node[];
}

export type Value =
  | (Base & { kind: 'str'; value: string })
  | (Base & { kind: 'num'; value: number })
  | (Base & { kind: 'ref'; module: string | undefined; path: readonly string[]; via?: 'constructor' })
  | (Base & { kind: 'fn'; node: Node })
  /**
   * An object. `node` is its literal, or for `shape`d objects the expression that builds it:
   * `Object.assign(...)` (`merge`), `Object.fromEntries(...)` (`entries`), `new Map(...)` (`map`),
   * `new Proxy(...)` (`proxy`); `parts` are that expression's arguments.
   */
  | (Base & { kind: 'obj'; node: Node; binding?: Binding; shape?: 'merge' | 'entries' | 'map' | 'proxy'; parts?: readonly Node[] })
  /** A symbol: `Symbol('x')` (one per call site) or `Symbol.for('x')`; `key` names it as a property key. */
  | (Base & { kind: 'sym'; key: string })
  | (Base & { kind: 'arr'; items: readonly Value[][] | undefined; node?: Node })
  | (Base & { kind: 'bytes'; value: string })
  /** A class declared in the file, and an instance of it (`this` inside its methods, `new C()`). */
  | (Base & { kind: 'cls'; node: Node })
  | (Base & { kind: 'inst'; node: Node })
  /** `x.constructor` of something unknown: some constructor, so its `.constructor` is Function. */
  | (Base & { kind: 'ctor' })
  /** Something known and harmless: a boolean, null, undefined, a regular expression. */
  | (Base & { kind: 'other' })
  | (Base & { kind: 'unknown' });

export type RefValue = Extract<Value, { kind: 'ref' }>;

export const UNKNOWN: Value = { kind: 'unknown' };
export const OTHER: Value = { kind: 'other' };

/** Display name of a ref: `child_process.exec`, `eval`, `globalThis`. */
export function refName(ref: RefValue): string {
  const path = ref.path.join('.').replace(/\.\(\)/g, '()');
  if (ref.module !== undefined) {
    return path ? `${ref.module}.${path}` : ref.module;
  }
  return path || 'globalThis';
}

export function isRef(value: Value): value is RefValue {
  return value.kind === 'ref';
}

export function isGlobal(ref: RefValue, ...path: string[]): boolean {
  return ref.module === undefined && ref.path.length === path.length && path.every((p, i) => ref.path[i] === p);
}

/** The member path of a ref into one of `modules` (with `fs/promises` style subpaths folded), or undefined. */
export function modulePath(ref: RefValue, modules: ReadonlySet<string>): readonly string[] | undefined {
  if (ref.module === undefined) {
    return undefined;
  }
  if (modules.has(ref.module)) {
    return ref.path;
  }
  const slash = ref.module.indexOf('/', ref.module.startsWith('@') ? ref.module.indexOf('/') + 1 : 0);
  if (slash > 0 && modules.has(ref.module.slice(0, slash))) {
    return [...ref.module.slice(slash + 1).split('/'), ...ref.path];
  }
  return undefined;
}

export function sameValue(a: Value, b: Value): boolean {
  if (a.kind !== b.kind) {
    return false;
  }
  switch (a.kind) {
    case 'str':
    case 'num':
    case 'bytes':
      return a.value === (b as typeof a).value;
    case 'ref': {
      const r = b as RefValue;
      return a.module === r.module && a.via === r.via && a.path.length === r.path.length && a.path.every((p, i) => p === r.path[i]);
    }
    case 'sym':
      return a.key === (b as typeof a).key;
    case 'fn':
    case 'obj':
    case 'cls':
    case 'inst':
      return a.node === (b as typeof a).node;
    case 'arr':
      return a.node !== undefined && a.node === (b as typeof a).node;
    default:
      return true;
  }
}
