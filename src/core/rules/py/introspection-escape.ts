import { definePyRule, type PyRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { clipText } from '../support/py-install-commands';

/** Steps that climb from any value to `object` and the class hierarchy. */
const CLIMB = new Set(['__base__', '__bases__', '__mro__', 'mro']);
/** Where a climb is going: every loaded class, a function's module globals, the builtins. */
const REACH = new Set(['__subclasses__', '__globals__', '__builtins__', 'func_globals']);
/** Frame attributes that expose another scope's variables. */
const FRAME_SCOPE = new Set(['f_globals', 'f_locals', 'f_builtins']);
const FRAME_SOURCES =
  /^(sys\._getframe\(\)|inspect\.currentframe\(\)|inspect\.stack\(\)|inspect\.trace\(\)|sys\.exc_info\(\)|traceback\.\w+\(\))/;
const FRAME_STEPS = new Set(['f_back', 'tb_frame', 'gi_frame', 'cr_frame', 'ag_frame', 'frame', 'tb_next']);
const GC_FISHING: Record<string, Severity> = { 'gc.get_objects': 'medium', 'gc.get_referrers': 'medium', 'gc.get_referents': 'medium' };

interface Step {
  name: string;
  /** The object the step is taken on. */
  object: PyNode | undefined;
}

/** One step of an attribute chain: `x.name`, `getattr(x, 'name')`, `x.name(...)`, `x[0]`. */
function stepOf(ctx: PyRuleContext, node: PyNode): Step | undefined {
  if (node.type === 'attribute') {
    return { name: ctx.text(field(node, 'attribute') ?? node), object: field(node, 'object') };
  }
  if (node.type === 'call') {
    const args = callArguments(node, ctx.sourceText).positional;
    if (ctx.callNames(node).includes('builtins.getattr') && args[1]) {
      const name = ctx.strings(args[1])?.[0];
      return name ? { name, object: args[0] } : undefined;
    }
    return { name: '()', object: field(node, 'function') };
  }
  if (node.type === 'subscript') {
    return { name: '[]', object: field(node, 'value') };
  }
  if (node.type === 'parenthesized_expression') {
    return { name: '', object: node.children.find((c) => c.named) };
  }
  return undefined;
}

/** The chain of steps under a node, outermost first, and what it starts from. */
function chainOf(ctx: PyRuleContext, node: PyNode): { steps: string[]; base: PyNode | undefined } {
  const steps: string[] = [];
  let current: PyNode | undefined = node;
  for (let i = 0; current && i < 30; i++) {
    const step = stepOf(ctx, current);
    if (!step) {
      break;
    }
    if (step.name !== '') {
      steps.push(step.name);
    }
    current = step.object;
  }
  return { steps, base: current };
}

const LITERAL_BASES = new Set([
  'string',
  'tuple',
  'list',
  'dictionary',
  'integer',
  'float',
  'set',
  'true',
  'false',
  'none',
  'concatenated_string',
]);

export default definePyRule({
  meta: {
    id: 'py/introspection-escape',
    category: 'sandbox-escape',
    severity: 'high',
    summary:
      'Introspection that reaches what the code was not given: `().__class__.__bases__[0].__subclasses__()` walks, `__globals__`/`__builtins__` through a function, other frames\u2019 `f_globals`/`f_locals` (`sys._getframe`, `inspect.currentframe().f_back`), and `gc.get_objects()`/`get_referrers()` fishing.',
    why:
      'These are the classic ways out of a restricted namespace: from any literal to every loaded class, from any function to its ' +
      'module\u2019s globals and builtins, from a callee to its caller\u2019s variables. Ordinary code has no need for them; generated ' +
      'code that uses them is reaching for something it was not handed.',
    incorrect: [
      '().__class__.__bases__[0].__subclasses__()',
      "''.__class__.__mro__[1].__subclasses__()",
      "import sys\nsecret = sys._getframe(1).f_locals['password']",
      "fn.__globals__['__builtins__']['eval']",
      'import gc\nobjs = gc.get_objects()',
    ],
    correct: [
      'class Plugin:\n    pass\nplugins = Plugin.__subclasses__()',
      'import sys\nname = sys._getframe(1).f_code.co_name',
      'for base in type(self).__mro__:\n    print(base)',
      'import gc\ngc.collect()',
    ],
    messages: {
      walk: '`{{code}}` climbs from a value to {{target}}: the standard escape from a restricted namespace.',
      globals: '`{{code}}` reaches a function\u2019s module globals through `{{attr}}`: every name that module holds, builtins included.',
      frame: '`{{code}}` {{how}} another frame\u2019s variables through `{{attr}}`: code reaching into its caller\u2019s scope.',
      gc: '`{{call}}` fishes objects out of the garbage collector: references the code was never given (keys, sessions, clients).',
      codeSwap: '`{{code}}` replaces a function\u2019s code or closure: the function now does something its definition does not say.',
    },
  },
  create(ctx) {
    /** Only the outermost node of a chain reports. */
    function isOuterStep(node: PyNode): boolean {
      const parent = node.parent;
      if (!parent) {
        return true;
      }
      if (
        (parent.type === 'attribute' && field(parent, 'object') === node) ||
        (parent.type === 'subscript' && field(parent, 'value') === node)
      ) {
        return false;
      }
      if (parent.type === 'call' && field(parent, 'function') === node) {
        return false;
      }
      if (parent.type === 'argument_list' && parent.parent?.type === 'call' && ctx.callNames(parent.parent).includes('builtins.getattr')) {
        return false;
      }
      return true;
    }

    function isWrite(node: PyNode): boolean {
      const parent = node.parent;
      return (parent?.type === 'assignment' || parent?.type === 'augmented_assignment') && field(parent, 'left') === node;
    }

    function check(node: PyNode): void {
      if (!isOuterStep(node)) {
        return;
      }
      const { steps, base } = chainOf(ctx, node);
      const code = clipText(ctx.text(node), 70);
      const climbs = steps.some((s) => CLIMB.has(s));
      const fromLiteral = base !== undefined && LITERAL_BASES.has(base.type);
      const fromObject = base !== undefined && ctx.names(base).some((n) => n === 'builtins.object' || n === 'builtins.type');
      const reach = steps.find((s) => REACH.has(s));
      if (reach && (climbs || fromLiteral || fromObject) && (reach !== '__globals__' || climbs)) {
        const target = reach === '__subclasses__' ? 'every loaded class (`__subclasses__`)' : `\`${reach}\``;
        ctx.report({ node, messageId: 'walk', data: { code, target } });
        return;
      }
      const globalsAt = steps.findIndex((s) => s === '__globals__' || s === 'func_globals');
      if (globalsAt >= 0) {
        const deeper = globalsAt > 0 || isWrite(node);
        ctx.report({ node, messageId: 'globals', data: { code, attr: steps[globalsAt] }, severity: deeper ? 'high' : 'medium' });
        return;
      }
      const swap = steps[0] === '__code__' || steps[0] === 'cell_contents' || steps[0] === '__closure__';
      if (swap && isWrite(node)) {
        ctx.report({ node, messageId: 'codeSwap', data: { code } });
        return;
      }
      const scopeAt = steps.findIndex((s) => FRAME_SCOPE.has(s));
      if (scopeAt >= 0 && isFrame(node)) {
        const writes = isWrite(node) || (scopeAt > 0 && steps[scopeAt - 1] === '[]' && scopeAt === 1 && isWrite(node));
        const mutates = scopeAt >= 1 && ['update', 'pop', 'setdefault', '__setitem__', 'clear'].includes(steps[scopeAt - 1]);
        const how = writes || mutates ? 'changes' : 'reads';
        ctx.report({
          node,
          messageId: 'frame',
          data: { code, how, attr: steps[scopeAt] },
          severity: how === 'changes' ? 'high' : 'medium',
        });
      }
    }

    /** The chain starts at a frame: `sys._getframe()`, `inspect.currentframe()`, `.f_back`, `tb_frame`... */
    function isFrame(node: PyNode): boolean {
      let current: PyNode | undefined = node;
      for (let i = 0; current && i < 30; i++) {
        if (ctx.names(current).some((n) => FRAME_SOURCES.test(n))) {
          return true;
        }
        const step = stepOf(ctx, current);
        if (step && FRAME_STEPS.has(step.name)) {
          return true;
        }
        current = step?.object;
      }
      return false;
    }

    return {
      attribute: check,
      subscript: check,
      call(node) {
        const names = ctx.callNames(node);
        const gc = names.find((n) => GC_FISHING[n] !== undefined);
        if (gc) {
          ctx.report({ node, messageId: 'gc', data: { call: gc }, severity: GC_FISHING[gc] });
          return;
        }
        check(node);
      },
    };
  },
});
