import { definePyRule, type PyRuleContext } from '../../engine/rule';
import { callArguments } from '../../python/calls';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { isTestContext, selfMethod } from '../support/py-tests-common';
import { clipText } from '../support/py-install-commands';

/** unittest assertions that pass when their one argument is truthy / falsy / not None. */
const TRUTHY = new Set(['assertTrue', 'assert_', 'failUnless', 'assertIsNotNone']);
const FALSY = new Set(['assertFalse', 'failIf']);
/** unittest assertions comparing two arguments that pass when both are the same expression. */
const SAME = new Set([
  'assertEqual',
  'assertEquals',
  'assertIs',
  'assertAlmostEqual',
  'assertCountEqual',
  'assertDictEqual',
  'assertListEqual',
  'assertSequenceEqual',
  'assertSetEqual',
  'assertTupleEqual',
  'assertGreaterEqual',
  'assertLessEqual',
  'assertIn',
]);
const LITERALS = new Set(['true', 'integer', 'float', 'string', 'concatenated_string']);
const FALSY_LITERALS = new Set(['false', 'none']);

function inTestFunction(node: PyNode, ctx: PyRuleContext): boolean {
  const fn = ctx.enclosingFunction(node);
  const name = fn.type === 'function_definition' ? field(fn, 'name') : undefined;
  return name !== undefined && /^test/i.test(ctx.text(name));
}

/** Why an expression is always true, if it is. */
function alwaysTrue(ctx: PyRuleContext, node: PyNode, depth = 0): string | undefined {
  if (depth > 4) {
    return undefined;
  }
  if (LITERALS.has(node.type)) {
    const nums = ctx.numbers(node);
    const strs = node.type === 'string' || node.type === 'concatenated_string' ? ctx.strings(node) : undefined;
    if ((nums && nums.every((n) => n !== 0)) || (strs && strs.every((s) => s !== ''))) {
      return 'a constant that is always true';
    }
    return undefined;
  }
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = namedChildren(node)[0];
      return inner ? alwaysTrue(ctx, inner, depth + 1) : undefined;
    }
    case 'tuple':
      return namedChildren(node).length > 0
        ? 'a non-empty tuple, which is always true (the message became part of the condition)'
        : undefined;
    case 'not_operator': {
      const inner = namedChildren(node)[0];
      return inner && (FALSY_LITERALS.has(inner.type) || (inner.type === 'integer' && ctx.text(inner) === '0'))
        ? 'a negated constant'
        : undefined;
    }
    case 'boolean_operator': {
      const op = ctx.sourceText.slice(field(node, 'left')?.end ?? node.start, field(node, 'right')?.start ?? node.end).trim();
      const right = field(node, 'right');
      const left = field(node, 'left');
      if (op === 'or' && ((right && alwaysTrue(ctx, right, depth + 1)) || (left && alwaysTrue(ctx, left, depth + 1)))) {
        return '`or` with an operand that is always true';
      }
      return undefined;
    }
    case 'comparison_operator': {
      const operands = namedChildren(node);
      const op = operands.length === 2 ? ctx.sourceText.slice(operands[0].end, operands[1].start).trim() : '';
      if (operands.length === 2 && ['==', 'is', '<=', '>=', 'in'].includes(op) && sameExpression(ctx, operands[0], operands[1], op)) {
        return 'a comparison of an expression with itself';
      }
      return undefined;
    }
    case 'call': {
      const args = callArguments(node, ctx.sourceText).positional;
      if (ctx.callNames(node).includes('builtins.isinstance') && args[1] && ctx.names(args[1]).includes('builtins.object')) {
        return '`isinstance(x, object)`, which holds for every value';
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function sameExpression(ctx: PyRuleContext, a: PyNode, b: PyNode, op: string): boolean {
  const ta = ctx.text(a).replace(/\s+/g, '');
  if (op === 'in') {
    return false;
  }
  // `x == x` (not for calls, which may differ between two evaluations, or NaN checks on floats).
  return ta === ctx.text(b).replace(/\s+/g, '') && !/\(/.test(ta);
}

export default definePyRule({
  meta: {
    id: 'py/tautological-assertion',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary:
      'Assertions in tests that cannot fail: `assert True`, `assert 1`, `assert (cond, "msg")`, `assert x or True`, `assert x == x`, `self.assertTrue(True)`, `self.assertEqual(a, a)`.',
    why:
      'An assertion that always passes keeps the test count and the green check while verifying nothing. Agents produce them ' +
      'when they cannot make real code pass, and they read like ordinary tests in a diff.',
    incorrect: [
      'def test_model():\n    train()\n    assert True',
      'def test_parse():\n    assert (parse("1") == 1, "parse works")',
      'import unittest\nclass T(unittest.TestCase):\n    def test_x(self):\n        self.assertTrue(True)',
      'def test_y():\n    assert result == expected or True',
    ],
    correct: [
      'def test_model():\n    assert train() == 3',
      'def check(x):\n    assert x, "x must be set"',
      'def test_nan():\n    x = float("nan")\n    assert x != x',
      'class T:\n    def test_x(self):\n        self.assertTrue(ok())',
    ],
    messages: {
      assert: '`{{code}}` can never fail: it asserts {{why}}.',
      method: '`self.{{method}}({{args}})` can never fail: it asserts {{why}}.',
    },
  },
  create(ctx) {
    const testFile = isTestContext(ctx);
    return {
      assert_statement(node) {
        if (!testFile && !inTestFunction(node, ctx)) {
          return;
        }
        const condition = namedChildren(node)[0];
        const why = condition ? alwaysTrue(ctx, condition) : undefined;
        if (why) {
          ctx.report({ node, messageId: 'assert', data: { code: clipText(ctx.text(node), 60), why } });
        }
      },
      call(node) {
        const method = selfMethod(ctx, node);
        if (!method) {
          return;
        }
        const args = callArguments(node, ctx.sourceText).positional;
        let why: string | undefined;
        if (TRUTHY.has(method) && args[0]) {
          why = alwaysTrue(ctx, args[0]);
        } else if (FALSY.has(method) && args[0] && (FALSY_LITERALS.has(args[0].type) || ctx.numbers(args[0])?.every((n) => n === 0))) {
          why = 'a constant that is always false is false';
        } else if (SAME.has(method) && args[0] && args[1]) {
          const same = sameExpression(ctx, args[0], args[1], '==');
          const constants =
            ctx.values(args[0]).every((v) => v.kind === 'num' || v.kind === 'str') && ctx.text(args[0]) === ctx.text(args[1]);
          why = same || constants ? 'that a value equals itself' : undefined;
        }
        if (why) {
          const data = { method, args: clipText(args.map((a) => ctx.text(a)).join(', '), 40), why };
          ctx.report({ node, messageId: 'method', data });
        }
      },
    };
  },
});
