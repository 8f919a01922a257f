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
      tolerance: 'The tolerance of `{{now}}` is {{how}}: a relative error of {{rel}} passes, so the check no longer pins the value down.',
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
    const lines = ctx.lineChanges();
    const newLines = ctx.newText.split('\n');
    for (const line of lines.added) {
      const text = newLines[line - 1] ?? '';
      const now = relativeTolerance(text);
      if (now === undefined) {
        continue;
      }
      // The same kind of check removed nearby, with a tighter tolerance: `rel=1e-6` -> `rel=1.0`.
      const before = lines.removed
        .filter((r) => Math.abs(r.anchor - line) <= 3)
        .map((r) => relativeTolerance(r.text))
        .filter((t): t is number => t !== undefined);
      const loosened = before.some((t) => now >= t * 100) && now >= 0.01;
      if (loosened || now >= 0.5) {
        ctx.report({
          messageId: 'tolerance',
          data: { now: shorten(text.trim(), 70), how: loosened ? `raised from ${Math.min(...before)}` : 'wide open', rel: String(now) },
          severity: raisedWhenCodeChanged(ctx, 'medium'),
          line,
        });
      }
    }
    if (isPythonPath(path)) {
      const added = lines.added;
      for (const a of readPyTests(ctx.newText).assertions) {
        if (a.tautology && added.has(a.line)) {
          ctx.report({ messageId: 'pythonTautology', data: { assertion: shorten(a.snippet.trim()) }, line: a.line });
        }
      }
    }
  },
});

/**
 * The relative tolerance an approximate comparison on this line allows: `pytest.approx(x, rel=…)`,
 * `math.isclose(a, b, rel_tol=…)`, `np.testing.assert_allclose(a, b, rtol=…)`, `np.isclose`/`allclose`,
 * `torch.testing.assert_close(rtol=…)`.
 */
function relativeTolerance(text: string): number | undefined {
  if (!/\b(approx|isclose|allclose|assert_allclose|assert_close)\s*\(/.test(text)) {
    return undefined;
  }
  const m = /\b(?:rel|rel_tol|rtol)\s*=\s*([0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?)/.exec(text);
  const value = m ? Number(m[1].replace(/_/g, '')) : undefined;
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

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
