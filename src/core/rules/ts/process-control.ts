import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import { isGlobal, type RefValue } from '../../js/values';
import type { Node } from '../../js/scope';
import { someChild } from '../../js/children';
import { targetsOf, type CallNode } from '../support/calls';
import { unwrapExpr } from '../support/process-paths';

const EXITS = new Set(['exit', 'abort', 'reallyExit']);
const ENTRY_DIR = /(^|\/)(bin|scripts)\//;
const ENTRY_NAME = /(^|\/)(cli|main)\.[cm]?[jt]sx?$/i;

function programOf(node: Node): TSESTree.Program | undefined {
  let current: Node | undefined = node;
  while (current && current.type !== 'Program') {
    current = current.parent;
  }
  return current;
}

/** `require.main === module`, `import.meta.main`, `process.argv[1] === fileURLToPath(import.meta.url)`. */
function isMainCheck(ctx: TsRuleContext, test: Node): boolean {
  const expr = unwrapExpr(test);
  if (expr.type === 'LogicalExpression') {
    return isMainCheck(ctx, expr.left) || isMainCheck(ctx, expr.right);
  }
  if (expr.type === 'MemberExpression' && expr.object.type === 'MetaProperty') {
    return !expr.computed && expr.property.type === 'Identifier' && expr.property.name === 'main';
  }
  if (expr.type !== 'BinaryExpression' || !['===', '==', '!==', '!='].includes(expr.operator)) {
    return false;
  }
  const sides = [expr.left, expr.right].map((side) => ctx.refs(side));
  const has = (i: number, ...path: string[]): boolean => sides[i].some((r: RefValue) => isGlobal(r, ...path));
  const either = (a: string[], b: string[]): boolean => (has(0, ...a) && has(1, ...b)) || (has(1, ...a) && has(0, ...b));
  if (either(['require', 'main'], ['module'])) {
    return true;
  }
  const argv = has(0, 'process', 'argv', '1') || has(1, 'process', 'argv', '1');
  return argv && mentionsImportMeta(expr, 0);
}

function mentionsImportMeta(node: Node, depth: number): boolean {
  if (node.type === 'MetaProperty') {
    return true;
  }
  if (depth > 6) {
    return false;
  }
  return someChild(node, (child) => mentionsImportMeta(child, depth + 1));
}

function isEntryPoint(ctx: TsRuleContext, program: TSESTree.Program | undefined): boolean {
  if (ctx.sourceText.startsWith('#!') || ENTRY_DIR.test(ctx.path) || ENTRY_NAME.test(ctx.path)) {
    return true;
  }
  return (program?.body ?? []).some((stmt) => stmt.type === 'IfStatement' && isMainCheck(ctx, stmt.test));
}

export default defineTsRule({
  meta: {
    id: 'ts/process-control',
    category: 'process',
    severity: 'low',
    summary: '`process.kill` of other processes, and `process.exit`/`abort` called from library code.',
    why:
      'Killing processes reaches outside the program. Exiting from inside a library stops the whole host (a test runner, ' +
      "a server, an editor) on the library's terms: an agent can use it to end a test run early and hide failures.",
    incorrect: ["process.kill(pid, 'SIGKILL')", 'export function fail(msg) { console.error(msg); process.exit(1) }'],
    correct: [
      'process.exitCode = 1',
      'child.kill()',
      'process.kill(pid, 0)',
      '#!/usr/bin/env node\nif (!args.length) process.exit(1)',
      'if (require.main === module) { main().catch(() => process.exit(1)) }',
    ],
    messages: {
      kill: '`{{name}}` sends a signal to process `{{pid}}`.',
      exit: '`{{name}}` from library code ends the whole process that loaded it; return or throw instead.',
    },
  },
  create(ctx) {
    let entry: boolean | undefined;

    function check(node: CallNode): void {
      if (node.type !== 'CallExpression') {
        return;
      }
      const { targets, args } = targetsOf(ctx, node);
      const target = targets.find((t) => t.ref.module === undefined && t.ref.path.length === 2 && t.ref.path[0] === 'process');
      const member = target?.ref.path[1];
      if (!target || !member) {
        return;
      }
      if (member === 'kill') {
        const signal = args[1] ? ctx.strings(args[1]) : undefined;
        if (signal?.length === 1 && signal[0] === '0') {
          return;
        }
        const pid = args[0] ? ctx.text(args[0]) : '';
        ctx.report({ node, messageId: 'kill', data: { name: target.name, pid }, severity: 'medium', trace: target.ref.trace });
      } else if (EXITS.has(member) && !ctx.isTestFile) {
        entry ??= isEntryPoint(ctx, programOf(node));
        if (!entry) {
          ctx.report({ node, messageId: 'exit', data: { name: target.name }, trace: target.ref.trace });
        }
      }
    }

    return { CallExpression: check };
  },
});
