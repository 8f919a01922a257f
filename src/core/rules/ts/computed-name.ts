import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import { isRequireRef } from '../../js/evaluate';
import type { Node } from '../../js/scope';
import { refName, type RefValue } from '../../js/values';
import { moduleCapability, refCapability, type Capability } from '../support/capabilities';

/** A key written as itself: a string or number literal, or a template without expressions. */
function isPlainKey(node: Node): boolean {
  return (
    (node.type === 'Literal' && (typeof node.value === 'string' || typeof node.value === 'number')) ||
    (node.type === 'TemplateLiteral' && node.expressions.length === 0)
  );
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

function firstCapability(refs: readonly RefValue[]): { ref: RefValue; capability: Capability } | undefined {
  for (const ref of refs) {
    const capability = refCapability(ref);
    // `process.env[name]` is how configuration is read: a computed key there hides nothing.
    if (capability && capability.category !== 'secrets') {
      return { ref, capability };
    }
  }
  return undefined;
}

export default defineTsRule({
  meta: {
    id: 'ts/computed-name',
    category: 'obfuscation',
    severity: 'high',
    summary: 'A capability reached through a name built at run time: `globalThis["ev" + "al"]`, `require(["child", "process"].join("_"))`.',
    why:
      'Nobody needs to assemble the name `exec` from pieces, decode it from base64 or look it up through a variable unless they ' +
      'want it to be missed. Airlock folds such names back and flags the spot where the capability is reached, in the ' +
      "capability's category; a more specific finding on the same line replaces it.",
    incorrect: [
      "const run = globalThis['ev' + 'al'];",
      "const { [atob('ZXhlYw==')]: run } = require('child_process');",
      "const cp = require(['child', 'process'].join('_'));",
      "const Xhr = window['XMLHttp' + 'Request'];",
      "const F = [].filter['constr' + 'uctor'];",
      "const k = 'spawn'; const cp = require('child_process'); const f = cp[k];",
      'function dispatch(method, arg) { return globalThis[method](arg); }',
    ],
    correct: [
      "const v = obj['na' + 'me'];",
      'const first = items[index];',
      "const cp = require('child_process'); cp['exec']('ls');",
      "const mod = require('./locales/' + 'en');",
      'const { [key]: value } = config;',
      'const value = process.env[name];',
    ],
    messages: {
      member: '`{{name}}` is reached through a computed name (`{{code}}`): this code can {{what}}.',
      specifier: 'Module `{{module}}` is loaded through a name built at run time (`{{code}}`): this file can {{what}}.',
      globalCall:
        'A global function whose name is only known at run time is called (`{{code}}`): it can be any global, `eval` and `Function` included.',
    },
    yields: true,
  },
  create(ctx) {
    function report(node: Node, messageId: string, data: Record<string, string>, capability: Capability, trace?: readonly Node[]): void {
      ctx.report({ node, messageId, data: { ...data, what: capability.what }, category: capability.category, trace });
    }

    function checkMember(node: TSESTree.MemberExpression): void {
      if (!node.computed || isPlainKey(node.property)) {
        return;
      }
      const refs = ctx.refs(node);
      const found = firstCapability(refs);
      if (found) {
        report(node, 'member', { name: refName(found.ref), code: shorten(ctx.text(node)) }, found.capability, found.ref.trace);
        return;
      }
      // `globalThis[name](arg)` with a name that cannot be folded: the dispatcher shape of a hidden eval.
      const called = node.parent?.type === 'CallExpression' && node.parent.callee === node;
      const unknownGlobal = refs.find((r) => r.module === undefined && r.path.length === 1 && r.path[0] === '*');
      if (called && unknownGlobal && ctx.strings(node.property) === undefined) {
        ctx.report({
          node: node.parent,
          messageId: 'globalCall',
          data: { code: shorten(ctx.text(node)) },
          category: 'dynamic-code',
          trace: unknownGlobal.trace,
        });
      }
    }

    function checkPattern(node: TSESTree.Property): void {
      if (node.parent?.type !== 'ObjectPattern' || !node.computed || isPlainKey(node.key) || node.value.type !== 'Identifier') {
        return;
      }
      const found = firstCapability(ctx.refs(node.value));
      if (found) {
        report(node, 'member', { name: refName(found.ref), code: shorten(ctx.text(node.key)) }, found.capability);
      }
    }

    function checkSpecifier(node: TSESTree.CallExpression | TSESTree.ImportExpression): void {
      const arg = node.type === 'ImportExpression' ? node.source : node.arguments[0];
      if (!arg || arg.type === 'SpreadElement' || isPlainKey(arg)) {
        return;
      }
      if (node.type === 'CallExpression' && !ctx.refs(node.callee).some((r) => isRequireRef(r))) {
        return;
      }
      for (const module of ctx.strings(arg) ?? []) {
        const capability = moduleCapability(module.replace(/^node:/, ''));
        if (capability) {
          report(node, 'specifier', { module, code: shorten(ctx.text(arg)) }, capability);
          return;
        }
      }
    }

    return {
      MemberExpression: checkMember,
      Property: checkPattern,
      CallExpression: checkSpecifier,
      ImportExpression: checkSpecifier,
    };
  },
});
