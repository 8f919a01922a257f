import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { targetsOf, type CallNode } from '../support/calls';
import { constInit, shorten, unwrapExpr } from '../support/process-paths';

const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate', 'execScript']);

/** Global functions that always return a string. */
const STRING_FUNCTIONS = new Set(
  'String String.raw String.fromCharCode String.fromCodePoint atob btoa decodeURIComponent decodeURI unescape JSON.stringify'.split(' '),
);
/** Methods whose result is a string whatever they are called on (array `join`, any `toString`). */
const STRING_METHODS = new Set(
  'toString join trim trimStart trimEnd replace replaceAll toLowerCase toUpperCase padStart padEnd repeat substring substr normalize charAt'.split(
    ' ',
  ),
);

function returnsString(ctx: TsRuleContext, callee: Node): boolean {
  const expr = unwrapExpr(callee);
  if (ctx.refs(expr).some((r) => r.module === undefined && STRING_FUNCTIONS.has(r.path.join('.')))) {
    return true;
  }
  return (
    expr.type === 'MemberExpression' && !expr.computed && expr.property.type === 'Identifier' && STRING_METHODS.has(expr.property.name)
  );
}

/** Whether an argument is a string: a literal, a template, a concatenation, a string-returning call, or a name bound to one. */
function isStringy(ctx: TsRuleContext, node: Node, depth = 0): boolean {
  const expr = unwrapExpr(node);
  if (expr.type === 'TemplateLiteral' || (expr.type === 'Literal' && typeof expr.value === 'string')) {
    return true;
  }
  if (depth > 20) {
    return false;
  }
  if (expr.type === 'BinaryExpression' && expr.operator === '+') {
    return isStringy(ctx, expr.left, depth + 1) || isStringy(ctx, expr.right, depth + 1);
  }
  if (expr.type === 'CallExpression' || expr.type === 'TaggedTemplateExpression') {
    return returnsString(ctx, expr.type === 'CallExpression' ? expr.callee : expr.tag);
  }
  if (ctx.values(expr).some((v) => v.kind === 'str')) {
    return true;
  }
  const init = constInit(ctx, expr);
  return init !== undefined && isStringy(ctx, init, depth + 1);
}

/** An argument that comes from data (a property read, an index, a call result), not a function written here. */
function isData(node: Node): boolean {
  return node.type === 'MemberExpression' || node.type === 'CallExpression';
}

export default defineTsRule({
  meta: {
    id: 'ts/string-timer',
    category: 'dynamic-code',
    severity: 'high',
    summary:
      '`setTimeout`/`setInterval`/`setImmediate`/`execScript` given a string (or used as a template tag): the string is run as code.',
    why:
      'A timer given a string instead of a function evaluates it like `eval`, in the global scope, later. It is a ' +
      'classic way to run code that a reviewer only sees as text.',
    incorrect: [
      "setTimeout('doWork()', 100)",
      'setInterval(`tick(${n})`, 1000)',
      "const code = 'go()'; window.setTimeout(code, 0)",
      'setTimeout(atob(payload), 0)',
    ],
    correct: ['setTimeout(() => doWork(), 100)', 'setInterval(tick, 1000)', "scheduler.setTimeout('job', 5)", 'setTimeout(done)'],
    messages: {
      stringTimer: '`{{name}}` is given a string (`{{code}}`), which it runs as code like `eval`.',
      aliasedTimer:
        '`{{alias}}` is `{{name}}` under another name, given `{{code}}`: if that value is ever a string, it runs as code like `eval`.',
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
      if (!target || !first || first.type === 'SpreadElement') {
        return;
      }
      if (isStringy(ctx, first)) {
        ctx.runsAsCode(first);
        const code = shorten(ctx.strings(first)?.[0] ?? ctx.text(first));
        ctx.report({ node, messageId: 'stringTimer', data: { name: target.name, code }, trace: target.ref.trace });
        return;
      }
      // A renamed timer given something that is not visibly a function: the usual shape of
      // `const schedule = window.setTimeout; schedule(rule.onApply)` with code that arrives as data.
      const callee = node.callee.type === 'Identifier' ? node.callee.name : undefined;
      if (callee !== undefined && callee !== target.name && !ctx.values(first).some((v) => v.kind === 'fn') && isData(first)) {
        ctx.report({
          node,
          messageId: 'aliasedTimer',
          data: { name: target.name, alias: callee, code: shorten(ctx.text(first)) },
          severity: 'medium',
          trace: target.ref.trace,
        });
      }
    }
    /** ``setTimeout`alert(1)` ``: the template's strings array is turned into a string and run. */
    function checkTag(node: TSESTree.TaggedTemplateExpression): void {
      const target = ctx.refs(node.tag).find((r) => r.module === undefined && r.path.length === 1 && TIMERS.has(r.path[0]));
      if (target) {
        const code = shorten(ctx.strings(node.quasi)?.[0] ?? ctx.text(node.quasi).slice(1, -1));
        ctx.report({ node, messageId: 'stringTimer', data: { name: target.path[0], code }, trace: target.trace });
      }
    }

    return { CallExpression: check, TaggedTemplateExpression: checkTag };
  },
});
