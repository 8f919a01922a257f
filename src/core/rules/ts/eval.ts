import { defineTsRule } from '../../engine/rule';
import { isGlobal, type Value } from '../../js/values';
import type { Node } from '../../js/scope';
import { isChainedFunction, storedValue, targetsOf, type CallNode } from '../support/calls';
import { lineIndex } from '../support/sandbox-lines';

function isEval(value: Value): boolean {
  return value.kind === 'ref' && isGlobal(value, 'eval');
}

/** `Function` itself; a `Function` reached through `.constructor` is ts/constructor-chain's. */
function isFunctionCtor(value: Value): boolean {
  return value.kind === 'ref' && value.via === undefined && (isGlobal(value, 'Function') || isGlobal(value, 'AsyncFunction'));
}

export default defineTsRule({
  meta: {
    id: 'ts/eval',
    category: 'dynamic-code',
    severity: 'high',
    summary: '`eval` and the `Function` constructor: code built from strings at run time.',
    why:
      'A reviewer can only judge code they can read. Code that exists only as a string until the program runs can do anything, ' +
      'and aliasing `eval` (`const e = eval`, `(0, eval)`, `globalThis["ev" + "al"]`) is the first trick used to hide it.',
    incorrect: [
      'eval(input)',
      '(0, eval)(s)',
      "globalThis['ev' + 'al'](s)",
      'const run = eval; run(code)',
      'new Function("a", body)',
      'Function("return this")()',
      'window.eval.call(null, s)',
      'items.forEach(eval)',
    ],
    correct: ['JSON.parse(input)', 'obj.eval(x)', 'const evaluate = (x) => x * 2; evaluate(3)', 'regex.exec(text)'],
    messages: {
      eval: '`{{name}}` runs a string as code.',
      aliased: '`{{name}}` runs a string as code (called as `{{callee}}`).',
      functionCtor: 'The `Function` constructor compiles a string into code.',
      chainedCtor: 'The `Function` constructor, reached through `.constructor` as `{{callee}}`, compiles a string into code.',
      chainedStored:
        'The `Function` constructor is fetched through `.constructor` here and called on line {{line}} to compile a string into code.',
      passed: '`{{name}}` is passed as a value: whoever calls it runs strings as code.',
    },
  },
  create(ctx) {
    const lineOf = lineIndex(ctx.sourceText);
    function check(node: CallNode): void {
      const { values, args } = targetsOf(ctx, node);
      const evalValue = values.find(isEval);
      if (evalValue) {
        if (args[0] && args[0].type !== 'SpreadElement') {
          ctx.runsAsCode(args[0]);
        }
        const callee = ctx.text(node.callee);
        const plain = callee === 'eval' && node.type === 'CallExpression';
        ctx.report({
          node,
          messageId: plain ? 'eval' : 'aliased',
          data: { name: 'eval', callee: callee.length > 60 ? `${callee.slice(0, 57)}...` : callee },
          trace: evalValue.trace,
        });
        return;
      }
      const ctorValue = values.find(isFunctionCtor);
      if (ctorValue) {
        const body = args[args.length - 1];
        if (body && body.type !== 'SpreadElement') {
          ctx.runsAsCode(body, { functionBody: true });
        }
        ctx.report({ node, messageId: 'functionCtor', trace: ctorValue.trace });
        return;
      }
      const chained = values.find(isChainedFunction);
      if (chained) {
        const body = args[args.length - 1];
        if (body && body.type !== 'SpreadElement') {
          ctx.runsAsCode(body, { functionBody: true });
        }
        const callee = ctx.text(node.callee).replace(/\s+/g, ' ');
        ctx.report({
          node,
          messageId: 'chainedCtor',
          data: { callee: callee.length > 60 ? `${callee.slice(0, 57)}...` : callee },
          trace: chained.trace,
        });
        reportStored(node, chained.trace ?? []);
        return;
      }
      for (const arg of node.arguments) {
        checkPassed(arg);
      }
    }
    /** Where `Function` is fetched on another line (`const F = x.constructor;` then `F(src)`), that line too. */
    function reportStored(call: CallNode, trace: readonly Node[]): void {
      const line = lineOf(call.range[0]);
      for (const decl of trace) {
        const value = storedValue(decl);
        if (value && lineOf(value.range[0]) !== line && ctx.values(value).some(isChainedFunction)) {
          ctx.report({ node: value, messageId: 'chainedStored', data: { line } });
        }
      }
    }
    function checkPassed(arg: Node): void {
      if (arg.type !== 'Identifier' && arg.type !== 'MemberExpression') {
        return;
      }
      const value = ctx.values(arg).find((v) => isEval(v) || isFunctionCtor(v));
      if (value) {
        ctx.report({ node: arg, messageId: 'passed', data: { name: isEval(value) ? 'eval' : 'Function' }, trace: value.trace });
      }
    }
    return { CallExpression: check, NewExpression: check };
  },
});
