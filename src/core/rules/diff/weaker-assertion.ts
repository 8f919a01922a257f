import { defineDiffRule } from '../../engine/rule';
import { added, modified } from '../support/changes';
import { raisedWhenCodeChanged, testChanges } from '../support/tests-compare';
import { isPythonPath, isTestCode } from '../support/tests-paths';
import { readPyTests } from '../support/tests-python';
import { shorten } from '../support/tests-model';

const BEFORE = `it('totals the cart', () => {
  const total = cartTotal([{ price: 2, qty: 3 }]);
  expect(total).toEqual(6);
});
`;

export default defineDiffRule({
  meta: {
    id: 'diff/weaker-assertion',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary:
      'An exact assertion replaced by a weaker one on the same value (`toEqual(6)` -> `toBeTruthy()`), or a Python tautology (`assert True`).',
    why:
      'Swapping `toEqual(expected)` for `toBeDefined()` keeps an assertion in place, so the test still looks like it checks ' +
      'something, while any wrong answer now passes. Agents do this to turn a failing test green without fixing the code. ' +
      'A new test that uses a loose matcher is not flagged; only a check that was made weaker is.',
    incorrect: [
      { change: modified('test/cart.test.ts', BEFORE, BEFORE.replace('toEqual(6)', 'toBeTruthy()')) },
      { change: modified('test/cart.test.ts', BEFORE, BEFORE.replace('toEqual(6)', 'toEqual(expect.anything())')) },
      { change: added('tests/test_cart.py', 'def test_total():\n    assert True\n') },
    ],
    correct: [
      { change: modified('test/cart.test.ts', BEFORE, BEFORE.replace('toEqual(6)', 'toStrictEqual(6)')) },
      { change: added('test/cart.test.ts', "it('has a total', () => {\n  expect(cartTotal([])).toBeDefined();\n});\n") },
    ],
    messages: {
      weakened: '`{{old}}` is replaced by the weaker `{{now}}`: any value that is {{what}} now passes.',
      pythonTautology: '`{{assertion}}` always passes: it checks nothing about the code.',
    },
  },
  check(ctx) {
    const path = ctx.change.newPath;
    if (!path || !isTestCode(path) || ctx.newText === undefined) {
      return;
    }
    const changes = testChanges(ctx);
    if (changes) {
      const severity = raisedWhenCodeChanged(ctx, 'medium');
      for (const { old, now } of changes.weakened) {
        ctx.report({
          messageId: 'weakened',
          data: {
            old: shorten(old.snippet.trim(), 70),
            now: shorten(now.snippet.trim(), 70),
            what: describeWeak(now.matcher, now.expected, now.snippet),
          },
          severity,
          line: now.line,
        });
      }
    }
    if (isPythonPath(path)) {
      const added = ctx.lineChanges().added;
      for (const a of readPyTests(ctx.newText).assertions) {
        if (a.tautology && added.has(a.line)) {
          ctx.report({ messageId: 'pythonTautology', data: { assertion: shorten(a.snippet.trim()) }, line: a.line });
        }
      }
    }
  },
});

function describeWeak(matcher: string, expected: string, snippet = ''): string {
  if (/>=\s*0(?![\d.])|>\s*-1(?![\d.])/.test(snippet) && /^(assert|t)\b/.test(matcher)) {
    return 'not negative';
  }
  if (/!==?\s*(undefined|null)\b/.test(snippet) && /^(assert|t)\b/.test(matcher)) {
    return 'present';
  }
  if (/anything|any\(/.test(expected)) {
    return 'of the right kind';
  }
  if (/Throw|throws|raises|rejects/i.test(matcher) || expected === 'Exception') {
    return 'any error';
  }
  if (/Called/.test(matcher)) {
    return 'a call with any arguments';
  }
  if (/Greater|>=/.test(matcher)) {
    return 'not negative';
  }
  if (/NotNone|not\.toBeNull|toBeDefined|Undefined|exist|is not|!=/.test(matcher)) {
    return 'present';
  }
  if (/TypeOf|to\.be\.an?$|IsInstance|InstanceOf/.test(matcher)) {
    return 'of the right type';
  }
  return 'truthy';
}
