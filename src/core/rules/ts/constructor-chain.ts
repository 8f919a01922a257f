import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { Value } from '../../js/values';
import { targetsOf, type CallNode } from '../support/calls';
import { shorten } from '../support/process-paths';

const FUNCTION_CTORS = new Set(['Function', 'AsyncFunction', 'GeneratorFunction', 'AsyncGeneratorFunction']);

/** `Function` reached through `.constructor` (ts/eval reports `Function` named directly). */
function isChainedFunction(value: Value): boolean {
  return (
    value.kind === 'ref' &&
    value.via === 'constructor' &&
    value.module === undefined &&
    value.path.length === 1 &&
    FUNCTION_CTORS.has(value.path[0])
  );
}

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
    },
  },
  create(ctx) {
    function check(node: CallNode): void {
      const { values } = targetsOf(ctx, node);
      const chained = values.find(isChainedFunction);
      if (chained) {
        ctx.report({ node, messageId: 'chain', data: { callee: shorten(ctx.text(node.callee)) }, trace: chained.trace });
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
      }
    }

    return { CallExpression: check, NewExpression: check };
  },
});
