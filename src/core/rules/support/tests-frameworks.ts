/**
 * Test framework functions as the evaluator resolves them: `it`, `test`, `describe` and their
 * modifiers, whether global (Jest, Mocha, Jasmine, Vitest globals) or imported from a test
 * framework module (`vitest`, `@jest/globals`, `node:test`, `mocha`, `bun:test`, `ava`, ...).
 */
import type { RefValue } from '../../js/values';

export const TEST_MODULES = new Set([
  'vitest',
  '@jest/globals',
  'test',
  'mocha',
  'bun:test',
  'ava',
  'tap',
  '@playwright/test',
  'uvu',
  'node:test',
  'jasmine',
  'cypress',
]);

const FUNCTIONS = new Set([
  'it',
  'test',
  'specify',
  'describe',
  'context',
  'suite',
  'xit',
  'xtest',
  'xspecify',
  'xdescribe',
  'xcontext',
  'xsuite',
  'fit',
  'fdescribe',
  'bench',
]);
/** Modules whose default export is the test function itself (`import test from 'ava'`). */
const DEFAULT_TEST = new Set(['ava', 'test', 'tap', 'node:test', 'uvu']);

export type Modifier = 'only' | 'skip' | 'todo' | 'skipIf' | 'inverted';

/**
 * The test function and modifier a ref names: `it.only` -> {fn: 'it', modifier: 'only'},
 * `xdescribe` -> {fn: 'xdescribe', modifier: 'skip'}; undefined for anything else, and for a
 * call's result (`test.skipIf(c)(...)` is flagged at `test.skipIf`).
 */
export function testModifier(ref: RefValue): { fn: string; modifier: Modifier; name: string } | undefined {
  let path = [...ref.path];
  if (ref.module !== undefined) {
    if (!TEST_MODULES.has(ref.module)) {
      return undefined;
    }
    if (path[0] === 'default') {
      path = path.slice(1);
    }
    if ((path.length === 0 || !FUNCTIONS.has(path[0])) && DEFAULT_TEST.has(ref.module)) {
      path = ['test', ...path];
    }
  }
  if (path.length === 0 || !FUNCTIONS.has(path[0]) || path.includes('()') || path.includes('*')) {
    return undefined;
  }
  const [fn, ...rest] = path;
  const name = path.join('.');
  if (rest.length === 0) {
    if (/^x/.test(fn)) {
      return { fn, modifier: 'skip', name };
    }
    return /^f(it|describe)$/.test(fn) ? { fn, modifier: 'only', name } : undefined;
  }
  const last = rest[rest.length - 1];
  for (const m of rest) {
    if (m === 'only' || m === 'skip' || m === 'todo') {
      return { fn, modifier: m, name };
    }
  }
  if (last === 'skipIf' || last === 'runIf') {
    return { fn, modifier: 'skipIf', name };
  }
  if (last === 'failing' || last === 'fails') {
    return { fn, modifier: 'inverted', name };
  }
  return undefined;
}

/** Whether a ref is a plain test or suite function (`it`, `describe`, `test` from node:test). */
export function isTestFunction(ref: RefValue): boolean {
  let path = [...ref.path];
  if (ref.module !== undefined) {
    if (!TEST_MODULES.has(ref.module)) {
      return false;
    }
    if (path[0] === 'default') {
      path = path.slice(1);
    }
    if (path.length === 0 && DEFAULT_TEST.has(ref.module)) {
      return true;
    }
  }
  return path.length >= 1 && FUNCTIONS.has(path[0]) && !path.includes('()');
}
