import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { isChainedFunction, storedValue, targetsOf, type CallNode } from '../support/calls';
import { shorten, unwrapExpr } from '../support/process-paths';
import { lineIndex } from '../support/sandbox-lines';

export default defineTsRule({
  meta: {
    id: 'ts/constructor-chain',
    category: 'sandbox-escape',
    severity: 'high',
    summary: 'The `Function` constructor reached through `.constructor` (`x.constructor.constructor("return process")()`).',
    why:
      "Every function's `.constructor` is `Function`, which compiles strings into code in the global scope: the standard way " +
      'out of `vm` and other sandboxes, and a way to call `eval` without writing it.',
    incorrect: [
      "this.constructor.constructor('return process')()",
      "(async () => {}).constructor('return fetch')",
      'const F = ({}).constructor.constructor; F(src)()',
      "const ctor = [].filter['constr' + 'uctor'];\nctor['constructor']('return process')()",
    ],
    correct: [
      'new this.constructor(props)',
      'obj.constructor.name',
      'const C = value.constructor; new C()',
      'Object.getPrototypeOf(x).constructor.name',
    ],
    messages: {
      chain:
        '`{{callee}}` is the `Function` constructor reached through `.constructor`: it compiles a string into code, the usual way out of a sandbox.',
      passed:
        '`{{callee}}` is the `Function` constructor reached through `.constructor`, passed on as a value: whoever calls it runs strings as code.',
      stored:
        '`{{callee}}` is the `Function` constructor reached through `.constructor`, kept here and called on line {{line}} to compile a string into code.',
      fetched:
        '`{{callee}}` reaches the `Function` constructor through `.constructor`: whatever receives it can compile strings into code.',
    },
  },
  create(ctx) {
    const lineOf = lineIndex(ctx.sourceText);
    const stored = new Set<Node>();
    /** Lines that already have a finding of this rule: a fetch there is part of it. */
    const flaggedLines = new Set<number>();

    /** Where the chain is split (`const F = x.constructor;` then `F(code)`), the line that fetches `Function` too. */
    function reportStored(call: CallNode, trace: readonly Node[]): void {
      const line = lineOf(call.range[0]);
      for (const decl of trace) {
        const value = storedValue(decl);
        const expr = value ? unwrapExpr(value) : undefined;
        if (!expr || expr.type !== 'MemberExpression' || stored.has(expr) || lineOf(expr.range[0]) === line) {
          continue;
        }
        if (ctx.values(expr).some(isChainedFunction)) {
          stored.add(expr);
          ctx.report({ node: expr, messageId: 'stored', data: { callee: shorten(ctx.text(expr)), line } });
        }
      }
    }

    function check(node: CallNode): void {
      const { values } = targetsOf(ctx, node);
      const chained = values.find(isChainedFunction);
      if (chained) {
        ctx.report({ node, messageId: 'chain', data: { callee: shorten(ctx.text(node.callee)) }, trace: chained.trace });
        flaggedLines.add(lineOf(node.range[0]));
        reportStored(node, chained.trace ?? []);
        return;
      }
      node.arguments.forEach(checkPassed);
    }

    function checkPassed(arg: Node): void {
      if (arg.type !== 'Identifier' && arg.type !== 'MemberExpression') {
        return;
      }
      const value = ctx.values(arg).find(isChainedFunction);
      if (value) {
        ctx.report({ node: arg, messageId: 'passed', data: { callee: shorten(ctx.text(arg)) }, trace: value.trace });
        flaggedLines.add(lineOf(arg.range[0]));
      }
    }

    /** `fn.constructor.constructor` fetched without being called here (returned, exported, stored for later). */
    const fetched: TSESTree.MemberExpression[] = [];
    function checkFetch(node: TSESTree.MemberExpression): void {
      const parent = node.parent;
      if (keyOf(node) !== 'constructor' || node.object.type !== 'MemberExpression' || keyOf(node.object) !== 'constructor') {
        return;
      }
      if ((parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === node) {
        return;
      }
      fetched.push(node);
    }

    return {
      CallExpression: check,
      NewExpression: check,
      MemberExpression: checkFetch,
      'Program:exit'() {
        for (const node of fetched) {
          if (!stored.has(node) && !flaggedLines.has(lineOf(node.range[0]))) {
            ctx.report({ node, messageId: 'fetched', data: { callee: shorten(ctx.text(node)) } });
          }
        }
      },
    };
  },
});

function keyOf(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === 'Identifier') {
    return node.property.name;
  }
  return node.property.type === 'Literal' && typeof node.property.value === 'string' ? node.property.value : undefined;
}
