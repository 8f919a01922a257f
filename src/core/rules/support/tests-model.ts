/**
 * A language-neutral outline of a test file: its test cases and its assertions, as the
 * evaluation-tampering diff rules compare them between two versions. Built by tests-js.ts
 * (parsed JS/TS) and tests-python.ts (Python, read as text).
 */

export interface Assertion {
  /** The whole assertion, normalized (whitespace, quotes and trailing commas ignored). */
  text: string;
  /** The first line of the assertion as written, for messages. */
  snippet: string;
  /** 1-based line in its version. */
  line: number;
  /** What is asserted about, normalized (`expect(x)` -> `x`, `assert.equal(x, 1)` -> `x`). */
  subject?: string;
  /** The subject as written. */
  subjectRaw?: string;
  /** When the subject is a `const` of the test (`const total = f(x); expect(total)`), what it holds, normalized. */
  subjectValue?: string;
  /** The assertion's kind: `toBe`, `not.toBeNull`, `assert.equal`, `assertEqual`, `==`. */
  matcher: string;
  /** The expected values, normalized. */
  expected: string;
  /** The expected values as written. */
  expectedRaw: string;
  /** Whether every expected value is a literal (a number, a string, an array of literals...). */
  literal: boolean;
  /** Checks an exact value or error (`toEqual(x)`, `assert.equal(a, b)`, `toThrow(TypeError)`). */
  strong: boolean;
  /** Checks almost nothing (`toBeTruthy()`, `toBeDefined()`, `toThrow()`, `assert.ok(x)`). */
  weak: boolean;
  /** Always passes (`expect(true).toBe(true)`, `assert True`). */
  tautology: boolean;
  /** Key of the test case it belongs to, when it is inside one. */
  owner?: string;
}

export interface TestCase {
  name: string;
  /** Enclosing suite names and the test name: `math > add > adds two numbers`. */
  key: string;
  /** The body, normalized; undefined for a test without one (`it.todo('x')`). */
  body?: string;
  /** Statements in the body (0 for an empty body). */
  statements: number;
  assertions: Assertion[];
  /** Calls a helper that may assert (`verify(x)`, `checkResult(y)`). */
  callsHelper: boolean;
  /** Skipped, focused or to-do (`it.skip`, `xit`, `test.todo`, `@pytest.mark.skip`). */
  disabled: boolean;
  /** The line that disables it, when that is not the test's first line (a decorator, a `pytest.skip()`). */
  disabledLine?: number;
  /** The body starts with a `return` that skips the rest of it. */
  returnsEarly: boolean;
  line: number;
  endLine: number;
  snippet: string;
}

export interface TestOutline {
  tests: TestCase[];
  assertions: Assertion[];
}

/** Whitespace, quote style, semicolons and trailing commas do not make code different. */
export function normalizeCode(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/["'`]/g, "'")
    .replace(/,([)\]}])/g, '$1')
    .replace(/;+$/g, '')
    .replace(/;}/g, '}');
}

/** Helper calls that likely assert (`verifyOutput(x)`, `expectValid(y)`, `checkResult(z)`). */
export const HELPER_NAME = /^(assert|expect|check|verify|validate|ensure|should|compare|match|test)[A-Z_]/;

/** Dice similarity of two strings' character bigrams (0..1), bounded in cost. */
export function similarity(a: string, b: string): number {
  const x = a.slice(0, 2000);
  const y = b.slice(0, 2000);
  if (x === y) {
    return 1;
  }
  if (x.length < 2 || y.length < 2) {
    return 0;
  }
  const counts = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const gram = x.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const gram = y.slice(i, i + 2);
    const n = counts.get(gram) ?? 0;
    if (n > 0) {
      counts.set(gram, n - 1);
      shared++;
    }
  }
  return (2 * shared) / (x.length + y.length - 2);
}

/** Shortens code for a message. */
export function shorten(text: string, max = 80): string {
  const one = text.trim().replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 3)}...` : one;
}
