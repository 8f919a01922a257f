/**
 * Compares the outlines of two versions of a test file: which test cases were removed or
 * emptied, which assertions were removed (not moved, not rewritten), weakened, or had their
 * expected value edited. Renamed tests, moved assertions and reformatting are not changes.
 */
import type { DiffRuleContext } from '../../engine/rule';
import { splitLines } from '../../text/lines';
import { readJsTests } from './tests-js';
import { changedCodeUnderTest, isPythonPath, isTestCode, jsLanguage } from './tests-paths';
import { readPyTests } from './tests-python';
import { similarity, type Assertion, type TestCase, type TestOutline } from './tests-model';

export interface Pair<T> {
  old: T;
  now: T;
}

export interface TestChanges {
  removedTests: TestCase[];
  emptied: (Pair<TestCase> & { how: 'emptied' | 'earlyReturn' | 'noAssertions' })[];
  /** Tests that became skipped or to-do. */
  disabled: Pair<TestCase>[];
  removedAssertions: Assertion[];
  weakened: Pair<Assertion>[];
  edited: Pair<Assertion>[];
}

function matchTests(before: TestOutline, after: TestOutline): Map<TestCase, TestCase> {
  const matched = new Map<TestCase, TestCase>();
  const free = new Set(after.tests);
  // Exact suite path and name, then the same body under another name, then the same name in another suite.
  const keys: ((t: TestCase) => string | undefined)[] = [
    (t) => t.key,
    (t) => (t.body !== undefined && t.statements > 0 ? t.body : undefined),
    (t) => t.name,
  ];
  for (const keyOf of keys) {
    const index = new Map<string, TestCase[]>();
    for (const now of free) {
      const key = keyOf(now);
      if (key !== undefined) {
        index.set(key, [...(index.get(key) ?? []), now]);
      }
    }
    for (const old of before.tests) {
      const key = matched.has(old) ? undefined : keyOf(old);
      const now = key === undefined ? undefined : index.get(key)?.find((t) => free.has(t));
      if (now) {
        matched.set(old, now);
        free.delete(now);
      }
    }
  }
  const left = before.tests.filter((t) => !matched.has(t));
  if (left.length * free.size <= 40_000) {
    for (const old of left) {
      const now = [...free].find((n) => similar(old, n));
      if (now) {
        matched.set(old, now);
        free.delete(now);
      }
    }
  }
  return matched;
}

/** A renamed test that was also edited: most of its assertions or most of its body survive. */
function similar(old: TestCase, now: TestCase): boolean {
  if (old.assertions.length > 0) {
    const texts = new Set(now.assertions.map((a) => a.text));
    const kept = old.assertions.filter((a) => texts.has(a.text)).length;
    if (kept * 2 >= old.assertions.length && kept > 0) {
      return true;
    }
  }
  return old.body !== undefined && now.body !== undefined && old.body.length > 20 && similarity(old.body, now.body) >= 0.7;
}

function counts(items: readonly Assertion[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of items) {
    out.set(a.text, (out.get(a.text) ?? 0) + 1);
  }
  return out;
}

/** Items of `items` whose text is not accounted for by `other` (multiset difference). */
function unmatched(items: readonly Assertion[], other: readonly Assertion[]): Assertion[] {
  const available = counts(other);
  return items.filter((a) => {
    const n = available.get(a.text) ?? 0;
    if (n > 0) {
      available.set(a.text, n - 1);
      return false;
    }
    return true;
  });
}

const EQUALITY =
  /^(toBe|toEqual|toStrictEqual|to\.equal|to\.eql|to\.be\.equal|to\.deep\.equal|should\.equal|should\.eql|should\.be\.exactly|assert\.equal|assert\.strictEqual|assert\.deepEqual|assert\.deepStrictEqual|t\.is|t\.deepEqual|t\.equal|t\.same|t\.strictSame|t\.strictEqual|assertEquals|assertStrictEquals|==|assertEqual|assertEquals)$/;

function family(matcher: string): string {
  return EQUALITY.test(matcher) ? '=' : matcher;
}

function classifyPair(old: Assertion, now: Assertion, out: TestChanges): void {
  if (now.weak && !old.weak && old.strong) {
    out.weakened.push({ old, now });
  } else if (old.literal && now.literal && old.expected !== now.expected && family(old.matcher) === family(now.matcher) && !now.weak) {
    out.edited.push({ old, now });
  }
}

/** Asserts that something is false or rejected: `assert not f(x)`, `assertFalse`, `expect(x).not.toX`, `toBe(false)`, `assert.ok(!x)`. */
function rejects(a: Assertion): boolean {
  return (
    /^\s*assert\s+not\s|\bassertFalse\(|\bis\s+False\b|==\s*False\b/.test(a.snippet) ||
    /\.not\.|\.toBe\(\s*false\s*\)|\.toBeFalsy\(\)|\bassert\.(notOk|isFalse|isNotOk)\(|\bassert(\.ok)?\(\s*!|\bexpect\(\s*!/.test(a.snippet)
  );
}

function pairGroup(olds: Assertion[], news: Assertion[], out: TestChanges): void {
  const free = new Set(news);
  let left: Assertion[] = [];
  for (const old of olds) {
    // `expect(f(x)).toBe(6)` rewritten as `const total = f(x); expect(total)...` is still about `f(x)`.
    const same =
      old.subject === undefined
        ? undefined
        : ([...free].find((n) => n.subject === old.subject) ?? [...free].find((n) => n.subjectValue === old.subject));
    if (same) {
      free.delete(same);
      classifyPair(old, same, out);
    } else {
      left.push(old);
    }
  }
  // `expect(user).toMatchObject({...})` covers removed checks of `user.name` and `user.roles`.
  const covered = (old: Assertion): boolean =>
    news.some(
      (n) =>
        n.strong &&
        n.subject !== undefined &&
        old.subject !== undefined &&
        /^[.[]/.test(old.subject.slice(n.subject.length)) &&
        old.subject.startsWith(n.subject),
    );
  left = left.filter((old) => !covered(old));
  // A rewritten assertion (new subject) replaces the removed one it most resembles. A check that
  // something is rejected (`assert not matches(a, b)`) is only replaced by another such check: turned
  // into `assert matches(c, b)` it tests the opposite, and the rejected case is no longer tested.
  const fits = (old: Assertion, n: Assertion): boolean => !rejects(old) || rejects(n);
  const scored = left.map((old) => ({
    old,
    best: Math.max(0, ...[...free].filter((n) => fits(old, n)).map((n) => similarity(old.text, n.text))),
  }));
  scored.sort((a, b) => b.best - a.best);
  for (const { old } of scored) {
    let best: Assertion | undefined;
    let score = -1;
    for (const n of [...free].filter((c) => fits(old, c))) {
      const s = similarity(old.text, n.text);
      if (s > score) {
        best = n;
        score = s;
      }
    }
    if (best) {
      free.delete(best);
    } else {
      out.removedAssertions.push(old);
    }
  }
}

export function compareOutlines(before: TestOutline, after: TestOutline): TestChanges {
  const out: TestChanges = { removedTests: [], emptied: [], disabled: [], removedAssertions: [], weakened: [], edited: [] };
  const matched = matchTests(before, after);
  const settled = new Set<string>();
  for (const old of before.tests) {
    const now = matched.get(old);
    if (!now) {
      if (!old.disabled) {
        out.removedTests.push(old);
      }
      settled.add(old.key);
    } else if (now.disabled && !old.disabled) {
      out.disabled.push({ old, now });
      settled.add(old.key);
    } else if (old.statements > 0 && now.statements === 0 && now.body !== undefined) {
      out.emptied.push({ old, now, how: 'emptied' });
      settled.add(old.key);
    } else if (now.returnsEarly && !old.returnsEarly) {
      out.emptied.push({ old, now, how: 'earlyReturn' });
      settled.add(old.key);
    } else if (old.assertions.length > 0 && now.assertions.length === 0 && !now.callsHelper && !now.disabled) {
      out.emptied.push({ old, now, how: 'noAssertions' });
      settled.add(old.key);
    }
  }
  const ownerMap = new Map<string, string>();
  for (const [old, now] of matched) {
    ownerMap.set(old.key, now.key);
  }
  const olds = unmatched(
    before.assertions.filter((a) => a.owner === undefined || !settled.has(a.owner)),
    after.assertions,
  );
  const news = unmatched(after.assertions, before.assertions);
  const groups = new Map<string, { olds: Assertion[]; news: Assertion[] }>();
  const group = (key: string): { olds: Assertion[]; news: Assertion[] } => {
    let g = groups.get(key);
    if (!g) {
      g = { olds: [], news: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const a of olds) {
    group(a.owner === undefined ? '#file' : (ownerMap.get(a.owner) ?? `#gone ${a.owner}`)).olds.push(a);
  }
  for (const a of news) {
    group(a.owner ?? '#file').news.push(a);
  }
  for (const g of groups.values()) {
    pairGroup(g.olds, g.news, out);
  }
  return out;
}

/** The outline of a test file version, by language; undefined when it is not a test file or does not parse. */
export function outlineOf(path: string, text: string): TestOutline | undefined {
  if (isPythonPath(path)) {
    return readPyTests(text);
  }
  const info = jsLanguage(path);
  return info ? readJsTests(text, info) : undefined;
}

/** Both versions' outlines of a modified or renamed test file, with what changed. */
export function testChanges(ctx: DiffRuleContext): TestChanges | undefined {
  // Four rules read the same comparison: parse each change once.
  if (cache.has(ctx.change)) {
    return cache.get(ctx.change);
  }
  const result = computeTestChanges(ctx);
  cache.set(ctx.change, result);
  return result;
}

const cache = new WeakMap<object, TestChanges | undefined>();

function computeTestChanges(ctx: DiffRuleContext): TestChanges | undefined {
  const { change, oldText, newText } = ctx;
  if (!change.oldPath || !change.newPath || oldText === undefined || newText === undefined) {
    return undefined;
  }
  if (!isTestCode(change.newPath) || oldText === newText) {
    return undefined;
  }
  const before = outlineOf(change.oldPath, oldText);
  const after = outlineOf(change.newPath, newText);
  return before && after ? compareOutlines(before, after) : undefined;
}

/** Maps 1-based old lines to the new version's lines (a removed line to where it was removed). */
export function oldToNew(ctx: DiffRuleContext): (oldLine: number) => number {
  const changes = ctx.lineChanges();
  const removed = new Map(changes.removed.map((r) => [r.oldLine, r.anchor]));
  const oldCount = splitLines(ctx.oldText ?? '').length;
  const map: number[] = [0];
  let j = 1;
  for (let i = 1; i <= oldCount; i++) {
    while (changes.added.has(j)) {
      j++;
    }
    const anchor = removed.get(i);
    if (anchor !== undefined) {
      map.push(anchor);
    } else {
      map.push(j);
      j++;
    }
  }
  return (line) => map[Math.max(1, Math.min(line, oldCount))] ?? 1;
}

/** 'high' when the code under test changed in the same review, else the given severity. */
export function raisedWhenCodeChanged(ctx: DiffRuleContext, base: 'low' | 'medium' | 'high'): 'low' | 'medium' | 'high' {
  const path = ctx.change.newPath ?? ctx.change.oldPath ?? '';
  return changedCodeUnderTest(path, ctx.newText ?? ctx.oldText, ctx.changedPaths) ? 'high' : base;
}
