import { definePyRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { decoratorTarget, isConditional, selfMethod } from '../support/py-tests-common';
import { clipText } from '../support/py-install-commands';

/** Decorators and marks that keep a test from running or from failing. */
const MARKS: Record<string, { what: string; severity: Severity }> = {
  'pytest.mark.skip': { what: 'skips the test', severity: 'medium' },
  'pytest.mark.xfail': { what: 'expects the test to fail, so a failure no longer counts', severity: 'medium' },
  'pytest.mark.skipif': { what: 'skips the test under a condition', severity: 'low' },
  'unittest.skip': { what: 'skips the test', severity: 'medium' },
  'unittest.case.skip': { what: 'skips the test', severity: 'medium' },
  'unittest.expectedFailure': { what: 'expects the test to fail, so a failure no longer counts', severity: 'medium' },
  'unittest.case.expectedFailure': { what: 'expects the test to fail, so a failure no longer counts', severity: 'medium' },
  'unittest.skipIf': { what: 'skips the test under a condition', severity: 'low' },
  'unittest.skipUnless': { what: 'skips the test under a condition', severity: 'low' },
  'unittest.case.skipIf': { what: 'skips the test under a condition', severity: 'low' },
  'unittest.case.skipUnless': { what: 'skips the test under a condition', severity: 'low' },
};
/** Calls that stop a running test as skipped or expected to fail. */
const CALLS: Record<string, string> = {
  'pytest.skip': 'skips',
  'pytest.xfail': 'marks as an expected failure',
  'unittest.SkipTest': 'skips',
  'unittest.case.SkipTest': 'skips',
  '_pytest.outcomes.skip': 'skips',
};

/** A skipif/skipUnless whose condition is a constant (`skipif(True)`): an unconditional skip in disguise. */
function constantCondition(call: PyNode | undefined, source: string, numbers: (n: PyNode) => number[] | undefined): boolean {
  const first = call ? callArguments(call, source).positional[0] : undefined;
  return first !== undefined && (first.type === 'true' || first.type === 'false' || numbers(first) !== undefined);
}

export default definePyRule({
  meta: {
    id: 'py/test-skip',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary:
      'Tests switched off: `@pytest.mark.skip`/`xfail`, `@unittest.skip`/`expectedFailure`, `pytest.skip()`/`xfail()`, `self.skipTest()` and `raise SkipTest`; conditional skips are low.',
    why:
      'The quickest way for an agent to "fix" a failing test is to stop running it. A skipped or xfail-marked test stays green ' +
      'in CI and in the summary, so the regression it guarded ships unnoticed.',
    incorrect: [
      "import pytest\n@pytest.mark.skip(reason='flaky')\ndef test_total():\n    assert total() == 3",
      'import unittest\nclass T(unittest.TestCase):\n    @unittest.expectedFailure\n    def test_x(self):\n        self.assertEqual(f(), 2)',
      "import pytest\ndef test_api():\n    pytest.skip('broken')\n    assert api() == 1",
    ],
    correct: [
      "import pytest\n@pytest.mark.parametrize('x', [1, 2])\ndef test_x(x):\n    assert x",
      'def skip(items):\n    return items[1:]',
      "import pytest\npytest.importorskip('torch')",
    ],
    messages: {
      mark: '`@{{name}}` {{what}} (`{{test}}`): the check stops counting while the suite stays green.',
      call: '`{{name}}(...)` {{what}} the test while it runs (`{{test}}`): the check after it never runs.',
      module: '`{{name}}` on the whole module {{what}}: every test in this file stops counting.',
    },
  },
  create(ctx) {
    function testName(node: PyNode): string {
      let current: PyNode | undefined = node;
      while (current && current.type !== 'function_definition' && current.type !== 'class_definition') {
        current = current.type === 'decorated_definition' ? field(current, 'definition') : current.parent;
      }
      const name = current ? field(current, 'name') : undefined;
      return name ? ctx.text(name) : 'module';
    }

    function markOf(target: PyNode | undefined): { name: string; what: string; severity: Severity } | undefined {
      for (const name of target ? ctx.names(target) : []) {
        const mark = MARKS[name];
        if (mark) {
          return { name, ...mark };
        }
      }
      return undefined;
    }

    return {
      decorator(node) {
        const { target, call } = decoratorTarget(node);
        const mark = markOf(target);
        if (!mark) {
          return;
        }
        const unconditional = mark.severity === 'low' && constantCondition(call, ctx.sourceText, (n) => ctx.numbers(n));
        const data = { name: mark.name, what: mark.what, test: testName(node.parent ?? node) };
        ctx.report({ node, messageId: 'mark', data, severity: unconditional ? 'medium' : mark.severity });
      },
      assignment(node) {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (left?.type !== 'identifier' || ctx.text(left) !== 'pytestmark' || !right) {
          return;
        }
        const items = right.type === 'list' || right.type === 'tuple' ? namedChildren(right) : [right];
        for (const item of items) {
          const mark = markOf(item.type === 'call' ? field(item, 'function') : item);
          if (mark) {
            ctx.report({ node: item, messageId: 'module', data: { name: mark.name, what: mark.what }, severity: mark.severity });
          }
        }
      },
      call(node) {
        const method = selfMethod(ctx, node);
        const name = method === 'skipTest' ? 'self.skipTest' : ctx.callNames(node).find((n) => CALLS[n] !== undefined);
        if (!name || (node.parent?.type === 'decorator' && name !== 'self.skipTest')) {
          return;
        }
        const severity: Severity = isConditional(node) ? 'low' : 'medium';
        const what = CALLS[name] ?? 'skips';
        ctx.report({ node, messageId: 'call', data: { name, what, test: clipText(testName(node), 40) }, severity });
      },
    };
  },
});
