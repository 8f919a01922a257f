import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { targetsOf, type CallNode } from '../support/calls';
import { unwrapExpr } from '../support/process-paths';

const LOADERS = new Set(['instantiate', 'instantiateStreaming', 'compile', 'compileStreaming', 'Module', 'Instance']);

export default defineTsRule({
  meta: {
    id: 'ts/webassembly',
    category: 'dynamic-code',
    severity: 'medium',
    summary: 'Compiling or instantiating WebAssembly: binary code a reviewer cannot read.',
    why:
      'A WebAssembly module is compiled machine-level code: whatever it does is invisible in the diff, and the bytes can come ' +
      'from a file, a download or a base64 string in the change.',
    incorrect: ["const { instance } = await WebAssembly.instantiateStreaming(fetch('/m.wasm'))", 'new WebAssembly.Module(bytes)'],
    correct: ['WebAssembly.validate(bytes)', 'const compile = (src) => src; compile(x)', 'compiler.compile(ast)'],
    messages: {
      wasm: '`{{name}}` loads WebAssembly: compiled code that cannot be reviewed as source.',
    },
  },
  create(ctx) {
    /** `new WebAssembly.Instance(new WebAssembly.Module(b))` is one thing, reported on the outer call. */
    const inner = new Set<Node>();

    function check(node: CallNode): void {
      if (inner.has(node)) {
        return;
      }
      const { targets, args } = targetsOf(ctx, node);
      const target = targets.find(
        (t) => t.ref.module === undefined && t.ref.path.length === 2 && t.ref.path[0] === 'WebAssembly' && LOADERS.has(t.ref.path[1]),
      );
      if (!target) {
        return;
      }
      for (const arg of args) {
        const expr = unwrapExpr(arg);
        if (expr.type === 'NewExpression' || expr.type === 'CallExpression') {
          inner.add(expr);
        }
      }
      ctx.report({ node, messageId: 'wasm', data: { name: target.name }, trace: target.ref.trace });
    }
    return { CallExpression: check, NewExpression: check };
  },
});
