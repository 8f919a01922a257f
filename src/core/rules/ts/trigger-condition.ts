import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import type { Node } from '../../js/scope';
import { GUARD_WHAT, guardedCapability, inAuthFunction, type Guarded } from '../support/trigger-guards';
import { triggerOf, type Trigger, type TriggerKind } from '../support/trigger-tests';

const TESTS_WHAT: Record<TriggerKind, string> = {
  time: 'the current date or time against a fixed moment',
  host: 'which machine or user it runs as',
  platform: 'the operating system',
  ci: 'whether it runs in CI',
  random: 'a rare random draw',
  magic: 'an input against a hard-coded magic value',
  automation: 'whether an automated browser (a test run, a scanner, review tooling) drives the page',
  agent: 'the User-Agent header, which any client can set to anything, against a fixed value',
};

/** Guards that only matter when the branch has them and the other branch does not. */
/** Who the caller is: `interaction.user.id`, `message.author.username`, `req.user.email`, `userId`. */
const IDENTITY =
  /(^|\.)(user|author|member|sender|actor|account|requester|caller|from)\.(id|username|name|login|email|tag)$|^(user_?id|username|login|author_?id|sender_?id)$/i;
/** A role or permission test: `isMod`, `hasRole(...)`, `member.permissions.has(...)`, `user.isAdmin`. */
const PERMISSION = /admin|\bis_?mod|moderator|owner|staff|role|perm|allowed|authori[sz]ed|privileg|superuser|\bcan[A-Z_]|\bhas[A-Z_]/i;
const SELECTORS = new Set<TriggerKind>(['platform', 'ci']);
const RISKY = new Set(['process', 'dynamic', 'network', 'fs-write', 'auth', 'wipe']);
/** What a User-Agent match may not guard: a crawler getting a prerendered page over the network is ordinary. */
const AGENT_GUARDS = new Set(['process', 'dynamic', 'fs-write', 'auth', 'wipe']);
/** Names of functions whose replacement by another is a bypass: verifying, authenticating, checking. */
const SECURITY_NAME = /verif|auth|valid|check|sign|permi|guard|sanitiz|escape|decrypt/i;

function isExit(node: Node): boolean {
  if (node.type === 'BlockStatement') {
    return node.body.length > 0 && node.body.every(isExit);
  }
  return (
    node.type === 'ReturnStatement' || node.type === 'ThrowStatement' || node.type === 'ContinueStatement' || node.type === 'BreakStatement'
  );
}

/** The statements after `node` in its block: what an early `return` guards. */
function following(node: Node): Node[] {
  const parent = node.parent;
  const body =
    parent?.type === 'BlockStatement' || parent?.type === 'Program' || parent?.type === 'StaticBlock'
      ? parent.body
      : parent?.type === 'SwitchCase'
        ? parent.consequent
        : undefined;
  if (!body) {
    return [];
  }
  const index = (body as Node[]).indexOf(node);
  return (body as Node[]).slice(index + 1);
}

function severityOf(trigger: Trigger, guard: Guarded): Severity {
  if (SELECTORS.has(trigger.kind)) {
    return 'medium';
  }
  if ((trigger.kind === 'random' || trigger.kind === 'automation') && guard.kind === 'network') {
    return 'medium';
  }
  return guard.severity;
}

export default defineTsRule({
  meta: {
    id: 'ts/trigger-condition',
    category: 'trigger',
    severity: 'high',
    summary:
      'A condition on the date, the machine (host, user, OS, CI), an automated browser (`navigator.webdriver`), a rare random draw, a magic input value or a fixed User-Agent that guards a process, code execution, network, file writes or an auth bypass.',
    why:
      'Time bombs and backdoors look like ordinary code in review: they only act on a certain date, on one machine, once in a ' +
      'thousand runs, never for automated browsers (the tests and scanners that would see them), or when a request carries a ' +
      'secret value or a chosen User-Agent. Tests never reach that branch, so the reviewer is the last line.',
    incorrect: [
      "import { execSync } from 'child_process';\nif (Date.now() > 1767225600000) { execSync('rm -rf ./data') }",
      "import os from 'os'; import fs from 'fs';\nif (os.hostname() === 'build-01') fs.writeFileSync('/tmp/x', payload)",
      "app.use((req, res, next) => { if (req.headers['x-debug'] === 'letmein-8f3a9c') return next(); auth(req, res, next) })",
      'if (Math.random() < 0.001) { eval(code) }',
      'export async function init() { if (navigator.webdriver) return; new Function(await (await fetch(SRC)).text())(); }',
    ],
    correct: [
      "let banner = 'old'; if (new Date().getFullYear() > 2024) banner = 'new'",
      "import { spawn } from 'child_process'; const shell = process.platform === 'win32' ? 'cmd' : 'sh'; spawn(shell, args)",
      "import { execSync } from 'child_process'; if (Date.now() - start > 5000) { execSync('kill ' + pid) }",
      "if (Math.random() < 0.5) { console.log('heads') }",
      'if (window.Cypress) { window.__store__ = store; }',
    ],
    messages: {
      exempt:
        '`{{condition}}` exempts one hard-coded account (`{{value}}`) from the permission check `{{check}}`: whoever controls ' +
        'that account passes it, and no role or setting says so.',
      trigger:
        '`{{condition}}` tests {{tests}} and guards {{guards}} (`{{name}}`): code that acts only at some time, on some machine or for some input is how time bombs and backdoors hide.',
    },
  },
  create(ctx) {
    const reported = new Set<Node>();

    function report(trigger: Trigger, guard: Guarded): void {
      if (reported.has(trigger.node)) {
        return;
      }
      reported.add(trigger.node);
      const text = ctx.text(trigger.node).replace(/\s+/g, ' ');
      ctx.report({
        node: trigger.node,
        messageId: 'trigger',
        data: {
          condition: text.length > 80 ? `${text.slice(0, 77)}...` : text,
          tests: TESTS_WHAT[trigger.kind],
          guards: GUARD_WHAT[guard.kind],
          name: guard.name.length > 60 ? `${guard.name.slice(0, 57)}...` : guard.name,
        },
        severity: severityOf(trigger, guard),
        related: [{ node: guard.node, message: `guarded: ${GUARD_WHAT[guard.kind]}` }],
      });
    }

    function judge(node: Node, test: Node, branches: (Node | null | undefined)[], after: Node[]): void {
      const trigger = triggerOf(ctx, test);
      if (!trigger || (ctx.isTestFile && (SELECTORS.has(trigger.kind) || trigger.kind === 'automation'))) {
        return;
      }
      const authLike = trigger.kind === 'magic' || trigger.kind === 'agent' || inAuthFunction(ctx, node);
      const present = branches.filter((b): b is Node => b !== null && b !== undefined);
      if (trigger.kind === 'agent') {
        // Only what the matching branch itself does: `if (ua.startsWith(PROBE)) return next()` lets that client past auth;
        // `if (isBadBot(ua)) return deny(); next()` does not.
        const guard = guardedCapability(ctx, present, true);
        if (guard && AGENT_GUARDS.has(guard.kind)) {
          report(trigger, guard);
        }
        return;
      }
      if (SELECTORS.has(trigger.kind)) {
        // `win32 ? exec('cmd') : exec('sh')` picks a portable command; only a capability on one side counts.
        const sides = present.map((b) => guardedCapability(ctx, [b], false));
        const guard = sides.find((g) => g !== undefined && RISKY.has(g.kind));
        if (guard && (present.length < 2 || sides.some((g) => g === undefined || g.kind !== guard.kind))) {
          report(trigger, guard);
        }
        return;
      }
      const guard = guardedCapability(ctx, [...present, ...after], authLike) ?? functionChoice(node);
      if (guard) {
        report(trigger, guard);
      }
    }

    /**
     * `rare ? jwt.decode : jwt.verify`: the condition picks which function is called later. Between two
     * functions that differ only sometimes, the rare one is the point; high when one is a security check.
     */
    function functionChoice(node: Node): Guarded | undefined {
      if (node.type !== 'ConditionalExpression') {
        return undefined;
      }
      const sides = [node.consequent, node.alternate];
      const callable = (n: Node): boolean =>
        (n.type === 'Identifier' || n.type === 'MemberExpression') && ctx.values(n).some((v) => v.kind === 'fn' || v.kind === 'ref');
      if (!sides.every(callable) || ctx.text(sides[0]) === ctx.text(sides[1])) {
        return undefined;
      }
      const names = sides.map((n) => ctx.text(n).replace(/\s+/g, ''));
      const security = names.some((n) => SECURITY_NAME.test(n));
      return { kind: 'choice', node, name: names.join(' or '), severity: security ? 'high' : 'medium' };
    }

    /** `if (!isMod && interaction.user.id !== OWNER_ID) deny()`: a permission check with one account written into it. */
    function exemption(node: TSESTree.IfStatement): void {
      if (node.test.type !== 'LogicalExpression') {
        return;
      }
      const operands: Node[] = [];
      const work: Node[] = [node.test];
      while (work.length > 0 && operands.length < 8) {
        const n = work.pop() as Node;
        if (n.type === 'LogicalExpression' && n.operator !== '??') {
          work.push(n.right, n.left);
        } else {
          operands.push(n);
        }
      }
      for (const o of operands) {
        const check = operands.find((x) => x !== o && PERMISSION.test(ctx.text(x)));
        if (!check || o.type !== 'BinaryExpression' || !/^[!=]==?$/.test(o.operator) || o.left.type === 'PrivateIdentifier') {
          continue;
        }
        for (const [who, other] of [
          [o.left, o.right],
          [o.right, o.left],
        ] as const) {
          const values = ctx.strings(other);
          if (IDENTITY.test(ctx.text(who).replace(/\s+/g, '')) && values?.length === 1 && values[0].length >= 3 && !ctx.strings(who)) {
            const text = ctx.text(o).replace(/\s+/g, ' ');
            reported.add(o);
            ctx.report({
              node: o,
              messageId: 'exempt',
              data: {
                condition: text.length > 80 ? `${text.slice(0, 77)}...` : text,
                value: values[0].slice(0, 40),
                check: ctx.text(check).slice(0, 40),
              },
              severity: 'medium',
            });
            return;
          }
        }
      }
    }

    return {
      IfStatement(node) {
        exemption(node);
        const after = !node.alternate && isExit(node.consequent) ? following(node) : [];
        judge(node, node.test, [node.consequent, node.alternate], after);
      },
      ConditionalExpression(node) {
        judge(node, node.test, [node.consequent, node.alternate], []);
      },
      LogicalExpression(node) {
        if (node.operator !== '??' && isStatementLike(node)) {
          judge(node, node.left, [node.right], []);
        }
      },
      SwitchStatement(node) {
        judge(node, switchTest(node), node.cases, []);
      },
      WhileStatement(node) {
        judge(node, node.test, [node.body], []);
      },
    };
  },
});

/** `cond && run()` used for its effect (not a value inside a larger condition). */
function isStatementLike(node: TSESTree.LogicalExpression): boolean {
  let parent = node.parent;
  while (parent?.type === 'ChainExpression' || parent?.type === 'SequenceExpression') {
    parent = parent.parent;
  }
  return parent?.type === 'ExpressionStatement' || parent?.type === 'ArrowFunctionExpression' || parent?.type === 'AwaitExpression';
}

/** `switch (new Date().getDay()) { case 5: ... }` is `new Date().getDay() === 5`. */
function switchTest(node: TSESTree.SwitchStatement): Node {
  const test = node.cases.find((c) => c.test)?.test;
  if (!test) {
    return node.discriminant;
  }
  return {
    type: 'BinaryExpression',
    operator: '===',
    left: node.discriminant,
    right: test,
    range: node.discriminant.range,
    parent: node,
  } as unknown as Node;
}
