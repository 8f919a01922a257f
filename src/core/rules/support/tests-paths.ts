/**
 * Which paths are tests, snapshots or the code a test exercises: shared by the
 * evaluation-tampering rules that look at test code.
 */
import { extensionOf, languageOf, type LanguageInfo } from '../../model/language';

const JS_EXT = /\.[cm]?[jt]sx?$/i;
const NAMED_JS = /\.(test|spec|e2e)\.[cm]?[jt]sx?$/i;
const NAMED_PY = /(^|\/)test_[^/]*\.py$|_test\.py$/i;
const TEST_DIR = /(^|\/)(__tests__|tests?|spec|e2e)\//i;
/** Folders under a test folder that hold data or doubles, not tests. */
const NOT_TESTS = /(^|\/)(__mocks__|__fixtures__|fixtures?|mocks?|helpers?|support|utils?|testdata|data|__snapshots__)\//i;

export type TestFileKind = 'named' | 'folder';

/**
 * A file a test runner would run: named like a test (`*.test.ts`, `test_x.py`) or a JS/TS
 * file in a test folder (`test/`, `__tests__/`). Fixtures, mocks and helpers are not tests.
 */
export function testFileKind(path: string): TestFileKind | undefined {
  if (NAMED_JS.test(path) || NAMED_PY.test(path)) {
    return 'named';
  }
  if (JS_EXT.test(path) && TEST_DIR.test(path) && !NOT_TESTS.test(path) && !/\.d\.[cm]?ts$/i.test(path)) {
    return 'folder';
  }
  return undefined;
}

export function isTestCode(path: string | undefined): boolean {
  return path !== undefined && testFileKind(path) !== undefined;
}

export function isPythonPath(path: string): boolean {
  return extensionOf(path) === '.py';
}

/** Parser settings for a JS/TS test file, or undefined for Python and others. */
export function jsLanguage(path: string): LanguageInfo | undefined {
  return languageOf(path);
}

/** Snapshot files: Jest/Vitest `.snap`, `__snapshots__/`, syrupy `.ambr`, image snapshots. */
export function snapshotKind(path: string): 'text' | 'image' | undefined {
  if (/(^|\/)__image_snapshots__\//i.test(path) || /(^|\/)__snapshots__\/.*\.(png|jpe?g|gif|webp)$/i.test(path)) {
    return 'image';
  }
  if (/\.(snap|ambr)$/i.test(path) || /(^|\/)__snapshots__\//i.test(path)) {
    return 'text';
  }
  return undefined;
}

/** `src/parser.test.ts` -> `parser`; `tests/test_parser.py` -> `parser`; `__tests__/parser.ts` -> `parser`. */
export function testedBaseName(path: string): string | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const js = /^(.+?)\.(test|spec|e2e)\.[cm]?[jt]sx?$/i.exec(base);
  if (js) {
    return js[1].toLowerCase();
  }
  const py = /^test_(.+)\.py$/i.exec(base) ?? /^(.+)_test\.py$/i.exec(base);
  if (py) {
    return py[1].toLowerCase();
  }
  const plain = /^(.+?)\.[cm]?[jt]sx?$/i.exec(base);
  return plain && TEST_DIR.test(path) ? plain[1].toLowerCase() : undefined;
}

/** Base names too common to relate a test to one file. */
const GENERIC = new Set(['index', 'main', 'utils', 'util', 'helpers', 'types', 'app', 'setup', 'config', 'common', 'lib']);

const CODE = /\.([cm]?[jt]sx?|py|vue|svelte)$/i;

function stripExtension(path: string): string {
  return path.replace(/\.[^./]+$/, '');
}

function resolveRelative(from: string, spec: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of spec.split('/')) {
    if (part === '..') {
      parts.pop();
    } else if (part !== '.' && part !== '') {
      parts.push(part);
    }
  }
  return parts.join('/');
}

/** Relative modules a JS/TS or Python test file imports, as extensionless repository paths. */
export function importedPaths(path: string, text: string): Set<string> {
  const out = new Set<string>();
  const js = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"\n]{1,300})['"]/g;
  for (const m of text.matchAll(js)) {
    const resolved = stripExtension(resolveRelative(path, m[1]));
    out.add(resolved);
    out.add(`${resolved}/index`);
  }
  if (isPythonPath(path)) {
    const py = /^\s*(?:from\s+([\w.]{1,200})\s+import|import\s+([\w.]{1,200}))/gm;
    for (const m of text.matchAll(py)) {
      const dotted = (m[1] ?? m[2]).replace(/^\.+/, '');
      if (dotted) {
        out.add(`*/${dotted.replace(/\./g, '/')}`);
      }
    }
  }
  return out;
}

/**
 * A non-test source file in the same change that the test imports or that shares its base name
 * (`src/add.ts` for `test/add.test.ts`): the code under test changed together with the test.
 */
export function changedCodeUnderTest(testPath: string, testText: string | undefined, changedPaths: readonly string[]): string | undefined {
  const base = testedBaseName(testPath);
  const imports = testText !== undefined ? importedPaths(testPath, testText) : new Set<string>();
  const suffixes = [...imports].filter((p) => p.startsWith('*/')).map((p) => p.slice(1));
  for (const candidate of changedPaths) {
    if (candidate === testPath || isTestCode(candidate) || !CODE.test(candidate) || snapshotKind(candidate)) {
      continue;
    }
    const bare = stripExtension(candidate);
    const name = bare.slice(bare.lastIndexOf('/') + 1).toLowerCase();
    if (imports.has(bare) || (base !== undefined && !GENERIC.has(base) && name === base) || suffixes.some((s) => `/${bare}`.endsWith(s))) {
      return candidate;
    }
  }
  return undefined;
}
