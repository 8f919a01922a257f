import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { modulePath } from '../../js/values';
import { targetsOf, type CallNode } from '../support/calls';
import { ImportTracker, withoutDefault } from '../support/process-imports';
import { sourceOf } from '../support/process-paths';
import { wrapperCalls } from '../support/process-wrappers';

const VM_RUNNERS = new Set([
  'runInNewContext',
  'runInThisContext',
  'runInContext',
  'Script',
  'compileFunction',
  'SourceTextModule',
  'SyntheticModule',
]);

/** Sandbox libraries: member path -> what it is. */
const SANDBOXES: Record<string, Record<string, string>> = {
  vm2: { VM: 'a vm2 sandbox', NodeVM: 'a vm2 sandbox', VMScript: 'a vm2 script' },
  'isolated-vm': { Isolate: 'an isolated-vm isolate' },
  'safe-eval': { '': 'a safe-eval evaluator' },
};

const MODULES = new Set(['vm', ...Object.keys(SANDBOXES)]);

interface Pending {
  node: CallNode;
  name: string;
  trace?: readonly Node[];
}

export default defineTsRule({
  meta: {
    id: 'ts/vm',
    category: 'dynamic-code',
    severity: 'high',
    summary:
      "Node's `vm` module and sandbox libraries (vm2, isolated-vm, safe-eval): code compiled from strings at run time, and calls handing a wrapper around them run-time data.",
    why:
      "`vm` runs strings as code and is not a security boundary (`this.constructor.constructor('return process')()` escapes it); " +
      'vm2 is abandoned with published escapes. Code that only exists as a string cannot be reviewed.',
    incorrect: [
      "import vm from 'vm'; vm.runInNewContext(code, {})",
      "const vm = require('node:vm'); new vm.Script(src).runInThisContext()",
      "const { VM } = require('vm2'); new VM().run(code)",
      "import vm from 'vm';\nconst evaluate = (expr) => vm.runInNewContext(expr, {});\nevaluate(req.query.formula)",
    ],
    correct: [
      "const vm = useViewModel(); vm.runInContext('x')",
      'script.runInThisContext()',
      "import { isContext } from 'vm'; isContext(o)",
    ],
    messages: {
      vm: '`{{name}}` compiles and runs `{{code}}` as code; `vm` is not a security boundary.',
      context: '`{{name}}` creates a `vm` context: code run in it can reach the host through its constructors.',
      sandbox: '`{{name}}` creates {{what}} to run code strings; sandboxes like this have known escapes to the host.',
      wrapperCall: '`{{name}}` is called with `{{arg}}`, which it runs as code: `{{sink}}` on line {{line}}.',
      unknownMethod: '`{{name}}`: a `{{module}}` function chosen at run time is called, which can run strings as code.',
      unfollowed: '`{{module}}` is imported but its uses could not be followed: strings may be run as code through it.',
    },
  },
  create(ctx) {
    const tracker = new ImportTracker(ctx, MODULES);
    const contexts: Pending[] = [];
    let ran = false;

    /** Calls of a wrapper function around the sink that hand it run-time data. */
    function reportWrappers(sink: CallNode, code: Node | undefined, name: string): void {
      for (const { call, data } of wrapperCalls(ctx, sink, code)) {
        ctx.report({ node: call, messageId: 'wrapperCall', data: { ...data, sink: name }, severity: 'high' });
      }
    }

    function check(node: CallNode): void {
      const { targets, args } = targetsOf(ctx, node);
      for (const { ref: raw, name } of targets) {
        const ref = withoutDefault(raw);
        if (!tracker.follow(ref) || ref.path.includes('()')) {
          continue;
        }
        const vmPath = modulePath(ref, new Set(['vm']));
        const member = (vmPath ?? ref.path).join('.');
        if (ref.path.includes('*')) {
          ctx.report({ node, messageId: 'unknownMethod', data: { name, module: ref.module ?? '' }, trace: ref.trace });
          ran = true;
          return;
        }
        if (vmPath && VM_RUNNERS.has(member)) {
          const code = args[0] ? sourceOf(ctx, args[0]) : '';
          if (args[0] && args[0].type !== 'SpreadElement') {
            ctx.runsAsCode(args[0]);
          }
          ctx.report({ node, messageId: 'vm', data: { name, code }, trace: ref.trace });
          reportWrappers(node, args[0], name);
          ran = true;
          return;
        }
        if (vmPath && member === 'createContext') {
          contexts.push({ node, name, trace: ref.trace });
          return;
        }
        const what = ref.module ? SANDBOXES[ref.module]?.[member] : undefined;
        if (what) {
          ctx.report({ node, messageId: 'sandbox', data: { name, what }, trace: ref.trace });
          ran = true;
          return;
        }
      }
    }

    return {
      CallExpression: check,
      NewExpression: check,
      ExportNamedDeclaration: (node) => tracker.exportFrom(node),
      ExportAllDeclaration: (node) => tracker.exportFrom(node),
      'Program:exit'() {
        if (!ran) {
          for (const c of contexts) {
            ctx.report({ node: c.node, messageId: 'context', data: { name: c.name }, severity: 'medium', trace: c.trace });
          }
        }
        tracker.flush((site) => ctx.report({ node: site.node, messageId: 'unfollowed', data: { module: site.module } }));
      },
    };
  },
});
