import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { targetsOf, type CallNode } from '../support/calls';
import { shorten, unwrapExpr } from '../support/process-paths';

const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate', 'execScript']);

/** Whether an argument is a string: a literal, a template, a concatenation, or a name bound to one. */
function isStringy(ctx: TsRuleContext, node: Node, depth = 0): boolean {
  const expr = unwrapExpr(node);
  if (expr.type === 'TemplateLiteral' || (expr.type === 'Literal' && typeof expr.value === 'string')) {
    return true;
  }
  if (expr.type === 'BinaryExpression' && expr.operator === '+' && depth < 20) {
    return isStringy(ctx, expr.left, depth + 1) || isStringy(ctx, expr.right, depth + 1);
  }
  return ctx.values(expr).some((v) => v.kind === 'str');
}

export default defineTsRule({
  meta: {
    id: 'ts/string-timer',
    category: 'dynamic-code',
    severity: 'high',
    summary: '`setTimeout`/`setInterval`/`setImmediate`/`execScript` given a string: the string is run as code.',
    why:
      'A timer given a string instead of a function evaluates it like `eval`, in the global scope, later. It is a ' +
      'classic way to run code that a reviewer only sees as text.',
    incorrect: ["setTimeout('doWork()', 100)", 'setInterval(`tick(${n})`, 1000)', "const code = 'go()'; window.setTimeout(code, 0)"],
    correct: ['setTimeout(() => doWork(), 100)', 'setInterval(tick, 1000)', "scheduler.setTimeout('job', 5)", 'setTimeout(done)'],
    messages: {
      stringTimer: '`{{name}}` is given a string (`{{code}}`), which it runs as code like `eval`.',
    },
  },
  create(ctx) {
    function check(node: CallNode): void {
      if (node.type !== 'CallExpression') {
        return;
      }
      const { targets, args } = targetsOf(ctx, node);
      const target = targets.find((t) => t.ref.module === undefined && t.ref.path.length === 1 && TIMERS.has(t.ref.path[0]));
      const first = args[0];
      if (!target || !first || first.type === 'SpreadElement' || !isStringy(ctx, first)) {
        return;
      }
      const code = shorten(ctx.strings(first)?.[0] ?? ctx.text(first));
      ctx.report({ node, messageId: 'stringTimer', data: { name: target.name, code }, trace: target.ref.trace });
    }
    return { CallExpression: check };
  },
});
