import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { chainOf, readAssertion, testCall } from '../support/tests-js';
import { shorten } from '../support/tests-model';

/** The outermost node of a member/call chain. */
function isChainTop(node: Node): boolean {
  const parent = node.parent;
  if (!parent) {
    return true;
  }
  if (parent.type === 'MemberExpression' && parent.object === node) {
    return false;
  }
  return (
    !(parent.type === 'CallExpression' && parent.callee === node) &&
    parent.type !== 'ChainExpression' &&
    parent.type !== 'TSNonNullExpression'
  );
}

/** An expression built only from literals (`1 + 1`, `'a' + 'b'`), so its value is fixed. */
function literalOnly(node: Node, depth = 0): boolean {
  if (depth > 20) {
    return false;
  }
  switch (node.type) {
    case 'Literal':
      return true;
    case 'TemplateLiteral':
      return node.expressions.every((e) => literalOnly(e, depth + 1));
    case 'BinaryExpression':
      return node.left.type !== 'PrivateIdentifier' && literalOnly(node.left, depth + 1) && literalOnly(node.right, depth + 1);
    case 'UnaryExpression':
      return literalOnly(node.argument, depth + 1);
    default:
      return false;
  }
}

/** Inside a callback given to `it`/`test` (test code, whatever the file is called). */
function insideTest(node: Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    const parent = current.parent;
    if (
      (current.type === 'ArrowFunctionExpression' || current.type === 'FunctionExpression') &&
      parent?.type === 'CallExpression' &&
      testCall(parent)?.kind === 'test'
    ) {
      return true;
    }
  }
  return false;
}

const EQUALITY = /^(toBe|toEqual|toStrictEqual|assert\.equal|assert\.strictEqual|t\.is)$/;

export default defineTsRule({
  meta: {
    id: 'ts/tautological-assertion',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary:
      'Assertions that always pass in tests: `expect(true).toBe(true)`, `assert(true)`, `expect(x).toEqual(x)`, `expect(1 + 1).toBe(2)`.',
    why:
      'An assertion on a constant makes a test look like it checks something while it passes whatever the code does. Agents ' +
      'add them to replace a failing check or to make an empty test look real, and the test report still counts it as a pass.',
    incorrect: [
      "it('works', () => { expect(true).toBe(true); });",
      "test('ok', () => { assert(true); });",
      "it('same', () => { const r = run(); expect(r).toEqual(r); });",
      "it('math', () => { expect(1 + 1).toBe(2); });",
    ],
    correct: [
      "it('works', () => { expect(isValid('x')).toBe(true); });",
      "test('ok', () => { assert(result.ok); });",
      "it('sums', () => { expect(add(1, 1)).toBe(2); });",
    ],
    messages: {
      tautology: '`{{assertion}}` always passes: it checks a constant, not the code under test.',
      selfCompare: '`{{assertion}}` compares a value with itself: it always passes.',
    },
  },
  create(ctx) {
    function check(node: TSESTree.CallExpression | TSESTree.MemberExpression): void {
      if (!isChainTop(node) || !(ctx.isTestFile || insideTest(node))) {
        return;
      }
      const assertion = readAssertion(node, (n) => ctx.text(n), 1);
      if (!assertion) {
        return;
      }
      const text = shorten(ctx.text(node), 70);
      if (assertion.tautology) {
        const self = assertion.subject === assertion.expected && !/^(-?\d|'|true|false|null|undefined)/.test(assertion.subject ?? '');
        ctx.report({ node, messageId: self ? 'selfCompare' : 'tautology', data: { assertion: text } });
      } else if (EQUALITY.test(assertion.matcher) && folded(node)) {
        ctx.report({ node, messageId: 'tautology', data: { assertion: text } });
      }
    }
    /** `expect(1 + 1).toBe(2)`: both sides fold to the same constant. */
    function folded(node: Node): boolean {
      const { root, links } = chainOf(node);
      const calls = links.filter((l) => l.name === '()').map((l) => l.node as TSESTree.CallExpression);
      const isExpect = root.type === 'Identifier' && root.name === 'expect';
      const subject = isExpect ? calls[0]?.arguments[0] : calls[calls.length - 1]?.arguments[0];
      const expected = isExpect ? calls[calls.length - 1]?.arguments[0] : calls[calls.length - 1]?.arguments[1];
      if (!subject || !expected || calls.length < (isExpect ? 2 : 1) || !literalOnly(subject) || !literalOnly(expected)) {
        return false;
      }
      const a = ctx.values(subject);
      const b = ctx.values(expected);
      const x = a.length === 1 ? a[0] : undefined;
      const y = b.length === 1 ? b[0] : undefined;
      if ((x?.kind === 'num' && y?.kind === 'num') || (x?.kind === 'str' && y?.kind === 'str')) {
        return x.value === y.value;
      }
      return false;
    }
    return { CallExpression: check, MemberExpression: check };
  },
});
