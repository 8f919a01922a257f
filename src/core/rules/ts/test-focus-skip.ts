import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { Severity } from '../../model/finding';
import { isRef } from '../../js/values';
import { testCall } from '../support/tests-js';
import { conditionAliases, envChecks } from '../support/tests-env';
import { isTestFunction, testModifier, type Modifier } from '../support/tests-frameworks';

const SEVERITY: Record<Modifier, Severity> = { only: 'medium', skip: 'medium', todo: 'low', skipIf: 'low', inverted: 'medium' };

/** The function a node is directly inside, if it is a callback given to a test (`it('x', (t) => ...)`). */
function testCallback(node: Node): TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'ArrowFunctionExpression' || current.type === 'FunctionExpression') {
      const call = current.parent;
      return call?.type === 'CallExpression' && call.arguments.includes(current) && testCall(call)?.kind === 'test' ? current : undefined;
    }
    if (current.type === 'FunctionDeclaration') {
      return undefined;
    }
  }
  return undefined;
}

/** The nearest enclosing non-arrow function (what `this` refers to). */
function thisFunction(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration') {
      return current;
    }
    if (current.type === 'ClassBody' || current.type === 'Program') {
      return undefined;
    }
  }
  return undefined;
}

export default defineTsRule({
  meta: {
    id: 'ts/test-focus-skip',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary:
      'Tests skipped, focused, marked to-do or expected to fail (`it.skip`, `xit`, `describe.only`, `test.todo`, `this.skip()`, `{ skip: true }`).',
    why:
      'A skipped test cannot fail, and `.only` silently skips every other test in the file. An agent that needs a green run ' +
      'can get one by skipping what fails, and a two-character change like `it` -> `xit` is easy to miss in review.',
    incorrect: [
      "it.skip('rejects bad input', () => { expect(parse('x')).toBeNull(); });",
      "describe.only('parser', () => {});",
      "xit('works', () => {});",
      "test.todo('handles empty input');",
      "import { test } from 'vitest'; test.skip('slow', () => {});",
      "it('flaky', function () { this.skip(); });",
    ],
    correct: [
      "it('rejects bad input', () => { expect(parse('x')).toBeNull(); });",
      'const skip = list.skip(2);',
      'parser.only(tokens);',
      "describe('parser', () => { it('parses', () => {}); });",
    ],
    messages: {
      only: '`{{name}}` focuses this test: every other test in the file is silently skipped.',
      skip: '`{{name}}` skips this test: it no longer runs, so it cannot fail.',
      todo: '`{{name}}` declares a test with no body: nothing is checked yet.',
      skipIf: '`{{name}}` skips this test under a condition: check the condition does not hold where the tests run.',
      inverted: '`{{name}}` expects this test to fail: it passes while the code is broken.',
      thisSkip: '`{{name}}` skips the running test from inside: it no longer checks anything.',
      option: 'The `{{option}}` option {{what}}.',
      pending: '`pending()` marks the running test as pending: it no longer checks anything.',
      conditionalSkip:
        '`{{name}}` is chosen instead of the plain test function {{when}}: the tests it runs are silently skipped there{{where}}.',
    },
  },
  create(ctx) {
    const flagged = new Set<Node>();
    let aliases: Map<string, Node> | undefined;
    /** `cond ? it.skip : it`: the skip/only branch and the plain test function branch. */
    function skipChoice(node: Node): { name: string; whenTrue: boolean } | undefined {
      if (node.type !== 'ConditionalExpression') {
        return undefined;
      }
      const kinds = [node.consequent, node.alternate].map((branch) => {
        const refs = ctx.refs(branch);
        const found = refs.map(testModifier).find((m) => m && (m.modifier === 'skip' || m.modifier === 'only'));
        return found ? found.name : refs.some((r) => isTestFunction(r) && !testModifier(r)) ? 'plain' : undefined;
      });
      const name = kinds.find((k) => k !== undefined && k !== 'plain');
      return name && kinds.includes('plain') ? { name, whenTrue: kinds[0] !== 'plain' } : undefined;
    }
    /** Reports a conditional skip alias once; true when `node` is one. */
    function checkChoice(node: Node): boolean {
      const choice = skipChoice(node);
      if (!choice || node.type !== 'ConditionalExpression') {
        return false;
      }
      if (!flagged.has(node)) {
        flagged.add(node);
        aliases ??= conditionAliases(ctx.program());
        const hit = envChecks(ctx, node.test, aliases)[0];
        const negated = node.test.type === 'UnaryExpression' && node.test.operator === '!';
        // Skipping where the check holds (CI, the runner) hides tests where they are run.
        const inEnv = hit !== undefined && choice.whenTrue !== negated;
        const when = `${choice.whenTrue ? 'when' : 'unless'} ${hit ? hit.what : `\`${ctx.text(node.test).slice(0, 60)}\``} holds`;
        const where = inEnv ? (hit.kind === 'ci' ? ' (in CI)' : ' (under the test runner)') : '';
        ctx.report({
          node,
          messageId: 'conditionalSkip',
          data: { name: choice.name, when, where },
          severity: inEnv ? 'medium' : 'low',
        });
      }
      return true;
    }
    /** The `a ? it.skip : it` a call goes through, directly or through a `const` alias. */
    function viaChoice(node: TSESTree.CallExpression, trace: readonly Node[] | undefined): boolean {
      const callee: Node = node.callee;
      if (callee.type === 'ConditionalExpression') {
        return checkChoice(callee);
      }
      return (trace ?? []).some((t) => t.type === 'VariableDeclarator' && t.init !== null && checkChoice(t.init));
    }
    function checkCall(node: TSESTree.CallExpression): void {
      const targets = ctx.callTargets(node).targets.filter(isRef);
      if (ctx.isTestFile && targets.some((t) => viaChoice(node, t.trace))) {
        return;
      }
      for (const target of targets) {
        const found = testModifier(target);
        if (found) {
          const messageId = found.modifier;
          ctx.report({ node: node.callee, messageId, data: { name: found.name }, severity: SEVERITY[found.modifier], trace: target.trace });
          return;
        }
        if (isTestFunction(target)) {
          checkOptions(node);
          return;
        }
        if (ctx.isTestFile && target.module === undefined && target.path.length === 1 && target.path[0] === 'pending') {
          ctx.report({ node, messageId: 'pending', severity: 'medium' });
          return;
        }
      }
      checkInnerSkip(node);
    }
    /** node:test `test('x', { skip: true }, fn)`. */
    function checkOptions(node: TSESTree.CallExpression): void {
      for (const arg of node.arguments) {
        if (arg.type !== 'ObjectExpression') {
          continue;
        }
        for (const prop of arg.properties) {
          const key = prop.type === 'Property' && !prop.computed && prop.key.type === 'Identifier' ? prop.key.name : undefined;
          if (prop.type !== 'Property' || (key !== 'skip' && key !== 'only' && key !== 'todo')) {
            continue;
          }
          const value = prop.value;
          if (
            (value.type === 'Literal' && (value.value === false || value.value === null)) ||
            (value.type === 'Identifier' && value.name === 'undefined')
          ) {
            continue;
          }
          const constant = value.type === 'Literal';
          const what =
            key === 'only'
              ? 'focuses this test: every other test is skipped'
              : key === 'todo'
                ? 'marks this test as to-do'
                : 'skips this test';
          const severity: Severity = !constant ? 'low' : key === 'todo' ? 'low' : 'medium';
          ctx.report({ node: prop, messageId: 'option', data: { option: `${key}: ${ctx.text(value).slice(0, 40)}`, what }, severity });
        }
      }
    }
    /** Mocha `this.skip()`, node:test/Vitest `t.skip()` / `ctx.skip()` inside a test. */
    function checkInnerSkip(node: TSESTree.CallExpression): void {
      const callee = node.callee;
      if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') {
        return;
      }
      const method = callee.property.name;
      if (method !== 'skip' && method !== 'todo') {
        return;
      }
      if (callee.object.type === 'ThisExpression') {
        const fn = thisFunction(node);
        if (fn && fn.parent?.type === 'CallExpression' && testCall(fn.parent)) {
          ctx.report({ node, messageId: 'thisSkip', data: { name: ctx.text(callee) } });
        }
        return;
      }
      if (callee.object.type === 'Identifier') {
        const fn = testCallback(node);
        const param = fn?.params[0];
        if (param?.type === 'Identifier' && param.name === callee.object.name) {
          ctx.report({ node, messageId: 'thisSkip', data: { name: ctx.text(callee) }, severity: method === 'todo' ? 'low' : 'medium' });
        }
      }
    }
    return {
      CallExpression: checkCall,
      ConditionalExpression(node) {
        if (ctx.isTestFile) {
          checkChoice(node);
        }
      },
    };
  },
});
