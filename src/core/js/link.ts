/**
 * Links between the files of one change: what a module exports that is a capability, and how a
 * path into it (`import { run } from './util'`) resolves. Computed by `exports.ts`, read by the
 * evaluator.
 */
import type { Range } from '../model/finding';
import type { RefValue } from './values';

export interface LinkedExport {
  values: RefValue[];
  /** Where the other file exports it. */
  at: Range;
}

export interface ModuleExports {
  path: string;
  names: Map<string, LinkedExport>;
  /** Whole modules re-exported (`export * from 'm'`, `module.exports = require('m')`). */
  star: LinkedExport[];
}

/** Resolves relative module specifiers of one file to the exports of other files in the same change. */
export interface ModuleLinker {
  resolve(fromPath: string, specifier: string): ModuleExports | undefined;
  /**
   * What the files of the change store on the global object under `name`
   * (`globalThis.run = eval` in one file makes a bare `run(s)` in another a call of `eval`).
   */
  global?(name: string): RefValue[];
}

/** The refs a path into a linked module stands for: a named export, or a whole re-exported module. */
export function linked(exports: ModuleExports | undefined, path: readonly string[]): RefValue[] {
  if (!exports) {
    return [];
  }
  const [first, ...rest] = path;
  const named = first !== undefined ? exports.names.get(first) : undefined;
  if (named) {
    return named.values.map((v) => ({ ...v, path: [...v.path, ...rest] }));
  }
  // A default import of a CommonJS module is the module itself.
  const tail = first === 'default' ? rest : path;
  const whole = exports.star.flatMap((s) => s.values.map((v) => ({ ...v, path: [...v.path, ...tail] })));
  if (whole.length > 0) {
    return whole;
  }
  // A default import (`import compile from './x'`, bound as the module itself) of `export default`.
  const fallback = exports.names.get('default');
  return fallback ? fallback.values.map((v) => ({ ...v, path: [...v.path, ...tail] })) : [];
}

/** Where in the other file a path into a linked module was exported, for related locations. */
export function linkedSite(exports: ModuleExports, path: readonly string[]): Range | undefined {
  const named = path[0] !== undefined ? exports.names.get(path[0]) : undefined;
  return named?.at ?? exports.star[0]?.at;
}
