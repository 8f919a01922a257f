import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { isGlobal, type RefValue } from '../../js/values';
import { unwrapExpr } from '../support/process-paths';
import { definitionWrite, isPolyfill, memberKeys, slotsOf, type Write } from '../support/sandbox-builtins';
import { MOCKED_IN_TESTS, slotKind, type Slot } from '../support/sandbox-globals';
import { lineIndex } from '../support/sandbox-lines';
import { shorten } from '../support/process-paths';

/** Test setup files (`setupTests.ts`, `jest.setup.js`) install test doubles like test files do. */
const TEST_SETUP = /(^|\/)(setupTests|setup-tests|jest\.setup|jest\.polyfills|vitest\.setup|test-setup|test\.setup)\.[cm]?[jt]sx?$/i;

/** `global.TextEncoder = require('util').TextEncoder`: a platform API filled in from a package of the same name. */
function isLibraryFill(ctx: TsRuleContext, slot: Slot, write: Write): boolean {
  if (write.node.type !== 'AssignmentExpression' || slot.kind !== 'builtin') {
    return false;
  }
  const key = slot.name.split('.').pop();
  const values = ctx.values(write.node.right);
  return (
    values.length > 0 &&
    values.every(
      (v) =>
        v.kind === 'ref' &&
        v.module !== undefined &&
        !v.module.startsWith('.') &&
        (v.path.length === 0 || v.path[v.path.length - 1] === key),
    )
  );
}

/** `module.constructor`, `require.main.constructor`: Node's `Module` class without importing `module`. */
function isModuleClass(ctx: TsRuleContext, node: TSESTree.MemberExpression): boolean {
  return (
    memberKeys(ctx, node).includes('constructor') &&
    ctx.values(node).some((v) => v.kind === 'ref' && v.module === 'module' && v.path.length === 0)
  );
}

function isTestSetup(ctx: TsRuleContext): boolean {
  return ctx.isTestFile || TEST_SETUP.test(ctx.path);
}

function adjust(ctx: TsRuleContext, slot: Slot, write: Write): Severity | undefined {
  if (isTestSetup(ctx)) {
    if (slot.kind === 'cache') {
      return 'low';
    }
    return MOCKED_IN_TESTS.has(slot.name.split('.')[0]) ? undefined : 'low';
  }
  const filled = isPolyfill(ctx, write) || isLibraryFill(ctx, slot, write);
  return slot.severity === 'high' && filled ? 'medium' : slot.severity;
}

export default defineTsRule({
  meta: {
    id: 'ts/global-override',
    category: 'sandbox-escape',
    severity: 'high',
    summary:
      'Replacing globals, built-ins and the module loader: `globalThis.fetch = ...`, `JSON.parse = ...`, `Module._load = ...`, `require.cache` edits, `module.constructor`.',
    why:
      'A replaced global changes what every other module gets when it calls `fetch`, `JSON.parse` or `require`, so behaviour ' +
      'changes far from the diff; hooking the loader lets a change rewrite any module as it is loaded.',
    incorrect: [
      'globalThis.fetch = async (url) => spy(url)',
      'JSON.parse = (s) => evil(s)',
      "require('module')._load = hook",
      'delete require.cache[require.resolve("./config")]',
      'const Module = module.constructor',
    ],
    correct: [
      'globalThis.myAppConfig = {}',
      "process.env.NODE_ENV = 'test'",
      'window.location = url',
      'module.exports = { run }',
      'window.onload = init',
    ],
    messages: {
      builtin: '`{{name}}` is replaced: every module in the process that uses it gets this code instead.',
      console: '`{{name}}` is replaced: all logging in the process goes through this code.',
      process: '`{{name}}` is replaced for the whole process.',
      time: '`{{name}}` is replaced: every clock reading in the process comes from this code.',
      cache: '`{{name}}` is edited: modules are re-evaluated or swapped the next time anything requires them.',
      loader: '`{{name}}` hooks the module loader: it can rewrite or replace any module as it is loaded.',
      removed: '`{{name}}` is deleted from the global scope, changing what every module sees.',
      moduleClass:
        "`{{text}}` is Node's `Module` class, the module loader, reached without importing `module`: a way to hide loader hooks from a search.",
    },
  },
  create(ctx) {
    const lineOf = lineIndex(ctx.sourceText);
    /** Lines with a finding, and whether the file hooks the loader. */
    const reported = new Set<number>();
    let hooksLoader = false;
    const moduleClasses: TSESTree.MemberExpression[] = [];

    function check(write: Write, removal = false, slots?: RefValue[]): void {
      const refs = slots ?? slotsOf(ctx, write.object, write.keys);
      for (const ref of refs) {
        const slot = slotKind(ref);
        const severity = slot ? adjust(ctx, slot, write) : undefined;
        if (!slot || !severity) {
          continue;
        }
        const messageId = removal && slot.kind === 'builtin' ? 'removed' : slot.kind;
        hooksLoader ||= slot.kind === 'loader';
        reported.add(lineOf(write.node.range[0]));
        ctx.report({ node: write.node, messageId, data: { name: slot.name }, severity, trace: ref.trace });
        return;
      }
    }

    function checkAssign(node: TSESTree.AssignmentExpression): void {
      const left = unwrapExpr(node.left);
      if (left.type === 'MemberExpression') {
        check({ node, object: left.object, keys: memberKeys(ctx, left), member: left });
      } else if (left.type === 'Identifier' && ctx.refs(left).some((r) => isGlobal(r, left.name))) {
        // `fetch = wrapped` without a declaration assigns the global itself.
        const slot: RefValue = { kind: 'ref', module: undefined, path: [left.name] };
        check({ node, object: left, keys: [left.name], member: left }, false, [slot]);
      }
    }

    function checkDelete(node: TSESTree.UnaryExpression): void {
      const arg = unwrapExpr(node.argument);
      if (node.operator === 'delete' && arg.type === 'MemberExpression') {
        check({ node, object: arg.object, keys: memberKeys(ctx, arg), member: arg }, true);
      }
    }

    function checkCall(node: TSESTree.CallExpression): void {
      const write = definitionWrite(ctx, node);
      if (write) {
        check(write);
      }
    }

    function reportModuleClasses(): void {
      const severity: Severity = isTestSetup(ctx) ? 'low' : hooksLoader ? 'high' : 'medium';
      for (const node of moduleClasses) {
        if (!reported.has(lineOf(node.range[0]))) {
          ctx.report({ node, messageId: 'moduleClass', data: { text: shorten(ctx.text(node), 50) }, severity });
        }
      }
    }

    return {
      AssignmentExpression: checkAssign,
      UnaryExpression: checkDelete,
      CallExpression: checkCall,
      MemberExpression: (node) => {
        if (isModuleClass(ctx, node)) {
          moduleClasses.push(node);
        }
      },
      'Program:exit': reportModuleClasses,
    };
  },
});
