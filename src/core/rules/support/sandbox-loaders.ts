/**
 * Shared by ts/dynamic-import and ts/native-code: the functions that load a module by name, seen
 * through Node's `Module` class as well as `require` (`Module._load`, `Module.prototype.require`,
 * `new (module.constructor)().require`), and the per-extension loaders (`Module._extensions['.node']`).
 */
import { isRequireRef } from '../../js/evaluate';
import { refName, type RefValue } from '../../js/values';

export interface Loader {
  /** `require`-like (a specifier argument), `Module._load`, or an extension handler (module object and file). */
  kind: 'require' | 'load' | 'extension';
  /** Display name. */
  name: string;
  /** For extension handlers: the extension (`.node`, `.js`). */
  extension?: string;
}

/** A ref's path inside Node's `Module` class (`require('module')`, `module.constructor`), if it is one. */
function moduleClassPath(ref: RefValue): readonly string[] | undefined {
  if (ref.module !== 'module') {
    return undefined;
  }
  return ref.path[0] === 'Module' || ref.path[0] === 'default' ? ref.path.slice(1) : ref.path;
}

export function loaderOf(ref: RefValue): Loader | undefined {
  if (isRequireRef(ref)) {
    return { kind: 'require', name: refName(ref) };
  }
  const p = moduleClassPath(ref);
  if (p?.length === 1 && p[0] === '_load') {
    return { kind: 'load', name: 'Module._load' };
  }
  if (p?.length === 2 && (p[0] === 'prototype' || p[0] === '()') && p[1] === 'require') {
    return { kind: 'require', name: 'Module.prototype.require' };
  }
  if (p?.length === 2 && p[0] === '_extensions' && p[1] !== '*') {
    return { kind: 'extension', name: `Module._extensions['${p[1]}']`, extension: p[1] };
  }
  const q = ref.path;
  if (ref.module === undefined && q.length === 3 && q[0] === 'require' && q[1] === 'extensions' && q[2] !== '*') {
    return { kind: 'extension', name: `require.extensions['${q[2]}']`, extension: q[2] };
  }
  return undefined;
}
