import { defineTsRule } from '../../engine/rule';
import { targetsOf, type CallNode } from '../support/calls';
import { shorten } from '../support/process-paths';

const CHANGERS = new Set(['setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups']);

export default defineTsRule({
  meta: {
    id: 'ts/privilege-change',
    category: 'sandbox-escape',
    severity: 'high',
    summary: 'Changing the process user or groups: `process.setuid`/`setgid`/`seteuid`/`setegid`/`setgroups`/`initgroups`.',
    why:
      'Switching user or group changes what the whole process may touch. Code that runs as root and switches identity, or ' +
      "tries to gain groups, is acting on the machine's security boundary rather than on the task.",
    incorrect: ['process.setuid(0)', "process.setgid('wheel')", "process.initgroups('app', 'wheel')"],
    correct: ['process.getuid()', 'user.setuid(1)', 'const id = process.geteuid?.()'],
    messages: {
      change: '`{{name}}({{args}})` changes the user or groups this process runs as.',
    },
  },
  create(ctx) {
    function check(node: CallNode): void {
      if (node.type !== 'CallExpression') {
        return;
      }
      const { targets, args } = targetsOf(ctx, node);
      const target = targets.find(
        (t) => t.ref.module === undefined && t.ref.path.length === 2 && t.ref.path[0] === 'process' && CHANGERS.has(t.ref.path[1]),
      );
      if (target) {
        const text = shorten(args.map((a) => ctx.text(a)).join(', '), 40);
        ctx.report({ node, messageId: 'change', data: { name: target.name, args: text }, trace: target.ref.trace });
      }
    }
    return { CallExpression: check };
  },
});
