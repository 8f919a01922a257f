import { definePyRule } from '../../engine/rule';
import { field } from '../../python/model';
import { callArguments } from '../../python/calls';

const SINKS: Record<string, string> = {
  'builtins.eval': 'eval',
  'builtins.exec': 'exec',
  'builtins.compile': 'compile',
  'builtins.execfile': 'execfile',
};

export default definePyRule({
  meta: {
    id: 'py/eval',
    category: 'dynamic-code',
    severity: 'high',
    summary: '`eval`, `exec` and `compile`: Python code built from strings at run time.',
    why:
      'A reviewer can only judge code they can read. Code that exists only as a string until the program runs can do anything, ' +
      'and reaching `eval` through `builtins`, `getattr` or `globals()` is the first trick used to hide it.',
    incorrect: [
      'eval(user_input)',
      'exec(payload)',
      'import builtins\nbuiltins.exec(code)',
      "getattr(__builtins__, 'ex' + 'ec')(code)",
      "globals()['__builtins__']['eval'](s)",
      'run = exec\nrun(code)',
      "compile(src, '<string>', 'exec')",
      '@exec\n@lambda f: f.__doc__\ndef setup():\n    """import os"""',
    ],
    correct: ["ast.literal_eval('[1, 2]')", 'model.eval()', 'def exec(x):\n    return x\nexec(1)', 'json.loads(text)'],
    messages: {
      call: '`{{name}}` runs a string as code.',
      constant: '`{{name}}` runs code that is a constant string here: write it as code so it can be reviewed.',
      aliased: '`{{name}}` runs a string as code (called as `{{callee}}`).',
      decorator: '`@{{callee}}` hands the decorated object to `{{name}}`, which runs it as code.',
    },
  },
  create(ctx) {
    return {
      /** `@exec` over a function whose (decorated) value is a string: a call in disguise. */
      decorator(node) {
        const expression = node.children.find((c) => c.named);
        const ref = expression ? ctx.refs(expression).find((r) => SINKS[r.name] !== undefined) : undefined;
        if (expression && ref) {
          ctx.report({ node, messageId: 'decorator', data: { name: SINKS[ref.name], callee: ctx.text(expression) }, trace: ref.trace });
        }
      },
      call(node) {
        const fn = field(node, 'function');
        if (!fn) {
          return;
        }
        const ref = ctx.refs(fn).find((r) => SINKS[r.name] !== undefined);
        if (!ref) {
          return;
        }
        const name = SINKS[ref.name];
        const callee = ctx.text(fn);
        const first = callArguments(node, ctx.sourceText).positional[0];
        const constant = first !== undefined && ctx.strings(first) !== undefined;
        if (first !== undefined) {
          ctx.runsAsCode(first);
        }
        ctx.report({
          node,
          messageId: callee !== name ? 'aliased' : constant ? 'constant' : 'call',
          data: { name, callee: callee.length > 60 ? `${callee.slice(0, 57)}...` : callee },
          severity: constant && callee === name ? 'medium' : 'high',
          trace: ref.trace,
        });
      },
    };
  },
});
