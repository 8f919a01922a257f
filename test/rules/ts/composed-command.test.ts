import rule from '../../../src/core/rules/ts/composed-command';
import { ruleTester } from '../../ruleTester';

const CP = "import { execSync, exec, spawn, spawnSync, execFile, execFileSync } from 'child_process';\n";
const W = "import { Worker } from 'worker_threads';\n";

ruleTester(rule, {
  valid: [
    ...rule.meta.correct,
    // argv arrays without a shell: no injection
    CP + "spawn('git', ['checkout', process.env.BRANCH]);",
    CP + "const args = ['checkout', process.env.BRANCH];\nspawn('git', args);",
    CP + "const args = ['checkout', process.env.BRANCH];\nexecFile('git', args, { cwd: process.env.REPO });",
    CP + "spawnSync('git', ['push', 'origin', `refs/heads/${process.env.BRANCH}`], { stdio: 'inherit' });",
    CP + "const branch = `feature/${process.env.BRANCH}`;\nexecFileSync('git', ['checkout', branch]);",
    // constant commands
    CP + "const cmd = 'npm run build';\nexecSync(cmd);",
    CP + "const cmd = ['npm', 'run', 'build'].join(' ');\nexecSync(cmd, { stdio: 'inherit' });",
    CP + "const flags = process.env.CI ? '--ci' : '';\nexecSync(`jest ${flags}`);",
    CP + "const script = process.env.NODE_ENV === 'production' ? 'build:prod' : 'build:dev';\nexecSync(`npm run ${script}`);",
    CP + "const base = 'npm run';\nconst cmd = `${base} build`;\nexecSync(cmd);",
    // env for cwd / env options
    CP + "const opts = { cwd: process.env.PROJECT_ROOT, env: { ...process.env, FORCE_COLOR: '1' } };\nexecSync('npm test', opts);",
    CP + "const env = { ...process.env, PATH: `${process.env.HOME}/.bin:${process.env.PATH}` };\nspawn('npm', ['test'], { env });",
    // composition inline in the sink: ts/child-process flags the sink
    CP + 'execSync(`git checkout ${process.env.BRANCH}`);',
    CP + 'const branch = process.env.BRANCH;\nexecSync(`git checkout ${branch}`);',
    // shell option: inline literal, platform checks
    CP + "spawn('npm', ['test'], { shell: true });",
    CP + "const opts = { stdio: 'inherit', shell: process.platform === 'win32' };\nspawn('npm', ['test'], opts);",
    CP + "const opts = { stdio: 'inherit', shell: false };\nspawn('npm', ['test'], opts);",
    // not child_process
    'const cmd = `deploy ${process.env.TARGET}`;\nthis.queue.exec(cmd);',
    'const cmd = `deploy ${process.env.TARGET}`;\ndb.exec(cmd);',
    'const m = /a(b)/.exec(`${process.env.X}`);',
    'function execSync(x) { return x }\nconst cmd = `deploy ${process.env.TARGET}`;\nexecSync(cmd);',
    'const cmd = `deploy ${process.env.TARGET}`;\nconsole.log(cmd);',
    // sanitised / numeric
    CP + 'const pid = parseInt(process.env.PID, 10);\nconst cmd = `kill ${pid}`;\nexecSync(cmd);',
    CP + 'const cmd = `deploy ${shellEscape([process.env.TARGET])}`;\nexecSync(cmd);',

    // exec always uses a shell: choosing which one apart from the call is not hiding anything
    CP + "const o = { shell: '/bin/zsh', cwd: '/tmp' };\nexec('ls', o);",
    // an HTTP client named `request` is not an incoming request
    CP + "const res = await request.get('https://example.com/v');\nconst cmd = `echo ${res.status}`;\nexecSync(cmd);",
    CP + "const opts = { headers: { auth: process.env.TOKEN } };\nexecSync('npm publish', { env: { ...process.env } });",
    // env only in the condition of an if
    CP + "let cmd = 'npm run build';\nif (process.env.CI) cmd = 'npm run build:ci';\nexecSync(cmd);",
    CP + "const parts = ['npm', 'run'];\nparts.push('build');\nexecSync(parts.join(' '));",
    // vm / worker with code that does not come from a declaration apart from the call
    "import vm from 'vm';\nvm.runInNewContext('1 + 1', {});",
    W + "new Worker(`require('./task')`, { eval: true });",
    // a local function named like the API
    'const exec = (s) => s.toUpperCase();\nconst cmd = `deploy ${process.env.T}`;\nexec(cmd);',
    "function spawn(c, o) { return [c, o] }\nconst opts = { shell: process.env.SHELL || true };\nspawn('x', opts);",
    // shadowed import
    CP + 'function f(execSync) {\n  const cmd = `deploy ${process.env.T}`;\n  return execSync(cmd);\n}',
    // string mention only
    'const help = `run: execSync(${process.env.CMD})`;\nconsole.log(help);',
    // worker without eval
    W + 'const file = `${__dirname}/task.js`;\nnew Worker(file);',
  ],
  invalid: [
    {
      name: "the user's shell with a fallback runs the composed steps",
      code: "import { spawnSync } from 'node:child_process';\nconst steps = [process.env.SHOP_PREBUILD, 'npm run gen:icons'].filter(Boolean).join(' && ');\nspawnSync(process.env.SHELL ?? '/bin/sh', ['-c', steps]);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      name: 'an environment hook quoted into worker code with JSON.stringify',
      code: "import { Worker } from 'node:worker_threads';\nconst hook = process.env.BUILD_HOOK ? ` && ${process.env.BUILD_HOOK}` : '';\nconst body = `require('child_process').execSync(${JSON.stringify(`npm run build${hook}`)})`;\nnew Worker(body, { eval: true });",
      errors: [
        { messageId: 'composedCode', line: 2, category: 'dynamic-code' },
        { messageId: 'codeString', line: 3 },
      ],
    },
    ...rule.meta.incorrect.map((code) => ({
      code,
      errors: [{ messageId: /shell: process/.test(code) ? 'shellFrom' : /Worker/.test(code) ? 'codeString' : 'composed', line: 2 }],
    })),

    // composition through variables, templates, +, join, ternaries, ||, ??
    {
      code: CP + 'const target = `deploy --env ${process.env.DEPLOY_ENV}`;\nexecSync(target);',
      errors: [{ messageId: 'composed', line: 2, severity: 'high', category: 'process' }],
    },
    {
      code: CP + "const cmd = 'git checkout ' + process.env.BRANCH;\nexecSync(cmd, { stdio: 'inherit' });",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: CP + "const b = process.env.BRANCH ?? 'main';\nconst cmd = `git checkout ${b}`;\nexecSync(cmd);",
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code: CP + "const extra = process.env.EXTRA_ARGS || '';\nconst cmd = 'npm test ' + extra;\nexec(cmd, () => {});",
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code: CP + "const base = `deploy ${process.env.TARGET}`;\nconst cmd = base + ' --force';\nexecSync(cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: CP + "let cmd = 'npm run build';\nif (process.env.HOOK) cmd += ` && ${process.env.HOOK}`;\nexecSync(cmd);",
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code: CP + "let cmd = 'npm run build';\ncmd = cmd + ' ' + process.argv.slice(2).join(' ');\nexecSync(cmd);",
      errors: [{ messageId: 'composed', line: 3, severity: 'high' }],
    },
    {
      code: CP + "const steps = ['npm ci'];\nconst all = [...steps, process.env.POSTINSTALL].join(' && ');\nexecSync(all);",
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code: CP + "const parts = ['rsync -a dist/', process.env.DEPLOY_HOST + ':/srv'];\nexecSync(parts.join(' '));",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: CP + "const cmd = process.env.CI ? `npm ci ${process.env.NPM_FLAGS}` : 'npm install';\nexecSync(cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: CP + 'const config = {\n  build: `vite build --base ${process.env.BASE_URL}`,\n};\nexecSync(config.build);',
      errors: [{ messageId: 'composed', line: 3 }],
    },
    { code: CP + "const cmd = process.env.BUILD_CMD || 'npm run build';\nexecSync(cmd);", errors: [{ messageId: 'whole', line: 2 }] },
    { code: CP + 'const { DEPLOY_CMD } = process.env;\nexecSync(DEPLOY_CMD);', errors: [{ messageId: 'whole', line: 2 }] },
    // sources: aliases of process.env, argv, Deno, Bun, requests
    {
      code: CP + 'const env = process.env;\nconst cmd = `docker push ${env.IMAGE}`;\nexecSync(cmd);',
      errors: [
        {
          messageId: 'composed',
          line: 3,
          message:
            '`process.env.IMAGE` is composed into the command that `child_process.execSync` runs through a shell on line 4: whoever sets it can append their own commands.',
        },
      ],
    },
    {
      code: CP + 'const { env } = process;\nconst cmd = `docker push ${env.IMAGE}`;\nexecSync(cmd);',
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code: CP + "import { env } from 'node:process';\nconst cmd = `docker push ${env.IMAGE}`;\nexecSync(cmd);",
      errors: [{ messageId: 'composed', line: 3 }],
    },
    { code: CP + "const cmd = `docker push ${process.env['IMAGE']}`;\nexecSync(cmd);", errors: [{ messageId: 'composed', line: 2 }] },
    {
      code: CP + 'const cmd = `docker push ${globalThis.process.env.IMAGE}`;\nexecSync(cmd);',
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: CP + 'const file = process.argv[2];\nconst cmd = `cat ${file} | wc -l`;\nexecSync(cmd);',
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code: CP + 'const [, , target] = process.argv;\nconst cmd = `make ${target}`;\nexecSync(cmd);',
      errors: [{ messageId: 'composed', line: 3 }],
    },
    { code: CP + "const cmd = `git log ${Deno.env.get('REF')}`;\nexecSync(cmd);", errors: [{ messageId: 'composed', line: 2 }] },
    { code: CP + 'const cmd = `git log ${Bun.env.REF}`;\nexecSync(cmd);', errors: [{ messageId: 'composed', line: 2 }] },
    {
      code: CP + "app.post('/run', (req, res) => {\n  const cmd = `convert ${req.body.file} out.png`;\n  exec(cmd, () => res.end());\n});",
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code: CP + "app.get('/ping', (req, res) => {\n  const { host } = req.query;\n  const cmd = 'ping -c 1 ' + host;\n  exec(cmd);\n});",
      errors: [{ messageId: 'composed', line: 4 }],
    },
    {
      code:
        CP +
        'export async function POST(request) {\n  const { repo } = await request.json();\n  const cmd = `git clone ${repo}`;\n  execSync(cmd);\n}',
      errors: [{ messageId: 'composed', line: 4 }],
    },
    {
      code: CP + "app.get('/x', (req, res) => {\n  const cmd = `grep ${req.headers['x-pattern']} log.txt`;\n  execSync(cmd);\n});",
      errors: [{ messageId: 'composed', line: 3 }],
    },
    // machine variables: still flagged, lower severity
    {
      code: CP + 'const cmd = `rm -rf ${process.env.HOME}/.cache/app`;\nexecSync(cmd);',
      errors: [{ messageId: 'composed', line: 2, severity: 'medium' }],
    },
    // import forms of the sink
    {
      code: "const cp = require('node:child_process');\nconst cmd = `deploy ${process.env.T}`;\ncp.execSync(cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: "import * as cp from 'child_process';\nconst cmd = `deploy ${process.env.T}`;\ncp.exec(cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: "import cp from 'child_process';\nconst cmd = `deploy ${process.env.T}`;\ncp.execSync(cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: "const { execSync: run } = require('child_process');\nconst cmd = `deploy ${process.env.T}`;\nrun(cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: "const r = require;\nconst cmd = `deploy ${process.env.T}`;\nr('child_process').execSync(cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: "const cmd = `deploy ${process.env.T}`;\nmodule.require('child_process').execSync(cmd);",
      errors: [{ messageId: 'composed', line: 1 }],
    },
    {
      code: "import { createRequire } from 'module';\nconst cmd = `deploy ${process.env.T}`;\ncreateRequire(import.meta.url)('child_process').execSync(cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: "const cp = require('child_process');\nconst cmd = `deploy ${process.env.T}`;\ncp['exec' + 'Sync'](cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    { code: CP + 'const cmd = `deploy ${process.env.T}`;\nexecSync.call(null, cmd);', errors: [{ messageId: 'composed', line: 2 }] },
    {
      code: CP + 'const cmd = `deploy ${process.env.T}`;\nReflect.apply(execSync, null, [cmd]);',
      errors: [{ messageId: 'composed', line: 2 }],
    },
    { code: CP + 'const cmd = `deploy ${process.env.T}`;\n(0, execSync)(cmd);', errors: [{ messageId: 'composed', line: 2 }] },
    {
      code: "const cp = require('child_process');\nconst cmd = `deploy ${process.env.T}`;\ncp?.execSync?.(cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: "import { promisify } from 'util';\nimport { exec } from 'child_process';\nconst run = promisify(exec);\nconst cmd = `deploy ${process.env.T}`;\nawait run(cmd);",
      errors: [{ messageId: 'composed', line: 4 }],
    },
    {
      code: "import util from 'node:util';\nimport cp from 'node:child_process';\nconst cmd = `deploy ${process.env.T}`;\nawait util.promisify(cp.exec)(cmd);",
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code: "import shell from 'shelljs';\nconst cmd = `deploy ${process.env.T}`;\nshell.exec(cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: "import { execaCommand } from 'execa';\nconst cmd = `deploy ${process.env.T}`;\nawait execaCommand(cmd);",
      errors: [{ messageId: 'composed', line: 2, severity: 'medium' }],
    },
    // wrapper functions: the composition is at the wrapper's call
    {
      code: CP + "function run(cmd) {\n  return execSync(cmd, { stdio: 'inherit' });\n}\nrun(`deploy ${process.env.TARGET}`);",
      errors: [{ messageId: 'composed', line: 5 }],
    },
    {
      code: CP + "const sh = (c) => execSync(c).toString();\nconst out = sh('git log ' + process.env.RANGE);",
      errors: [{ messageId: 'composed', line: 3 }],
    },
    { code: CP + 'function run(cmd) { return execSync(cmd) }\nrun(process.env.DEPLOY_CMD);', errors: [{ messageId: 'whole', line: 3 }] },
    {
      code: CP + 'function build(target) {\n  const cmd = `make ${target}`;\n  execSync(cmd);\n}\nbuild(process.argv[2]);',
      errors: [{ messageId: 'composed', line: 3 }],
    },
    // shell turned on: spawn/execFile become shell sinks
    {
      code: CP + 'const cmd = `git checkout ${process.env.BRANCH}`;\nspawn(cmd, { shell: true });',
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: CP + "const args = ['checkout', process.env.BRANCH];\nspawn('git', args, { shell: true });",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: CP + "const script = `npm run ${process.env.TASK}`;\nspawn('sh', ['-c', script]);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: CP + "const script = `npm run ${process.env.TASK}`;\nexecFileSync('/bin/bash', ['-lc', script]);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: CP + "const code = `console.log(${process.env.MSG})`;\nspawn('node', ['-e', code]);",
      errors: [{ messageId: 'composedCode', line: 2, category: 'dynamic-code' }],
    },
    // shell option
    {
      code: CP + "const opts = { shell: process.env.SHELL || true };\nspawn('make', ['all'], opts);",
      errors: [{ messageId: 'shellFrom', line: 2, severity: 'high' }],
    },
    {
      code: CP + "const opts = { stdio: 'inherit', shell: true };\nspawn('npm', ['test'], opts);",
      errors: [{ messageId: 'shellApart', line: 2, severity: 'medium' }],
    },
    {
      code: CP + "const base = { shell: '/bin/bash' };\nexecFile('ls', ['-la'], { ...base, cwd: '/tmp' });",
      errors: [{ messageId: 'shellApart', line: 2, severity: 'medium' }],
    },
    {
      code: CP + "spawn('make', ['all'], {\n  stdio: 'inherit',\n  shell: process.env.MAKE_SHELL,\n});",
      errors: [{ messageId: 'shellFrom', line: 4 }],
    },
    // code strings for workers and vm
    {
      code: W + "const body = `require('child_process').execSync('whoami')`;\nnew Worker(body, { eval: true });",
      errors: [{ messageId: 'codeString', line: 2, severity: 'high', category: 'process' }],
    },
    {
      code:
        W +
        "const body = `const { parentPort } = require('worker_threads'); parentPort.postMessage(1)`;\nnew Worker(body, { eval: true });",
      errors: [{ messageId: 'codeString', line: 2, severity: 'low', category: 'dynamic-code' }],
    },
    {
      code: W + 'const body = `module.exports = ${process.env.PLUGIN_SRC}`;\nnew Worker(body, { eval: true });',
      errors: [{ messageId: 'composedCode', line: 2, severity: 'high', category: 'dynamic-code' }],
    },
    {
      code: "import vm from 'vm';\nconst src = 'return ' + req.query.formula;\nvm.runInNewContext(src, {});",
      errors: [{ messageId: 'composedCode', line: 2, category: 'dynamic-code' }],
    },
    {
      code: "const vm = require('node:vm');\nconst src = `require('child_process').exec('ls')`;\nnew vm.Script(src).runInThisContext();",
      errors: [{ messageId: 'codeString', line: 2, category: 'process' }],
    },

    {
      code: CP + "const parts = ['deploy'];\nparts.push(process.env.TARGET);\nexecSync(parts.join(' '));",
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code:
        CP +
        "import minimist from 'minimist';\nconst args = minimist(process.argv.slice(2));\nconst cmd = `deploy ${args.env}`;\nexecSync(cmd);",
      errors: [{ messageId: 'composed', line: 4 }],
    },
    {
      code:
        CP +
        "import { parseArgs } from 'node:util';\nconst { values } = parseArgs({ args: process.argv.slice(2), options: { env: { type: 'string' } } });\nconst cmd = `deploy ${values.env}`;\nexecSync(cmd);",
      errors: [{ messageId: 'composed', line: 4 }],
    },
    {
      code: "const { execSync } = await import('child_process');\nconst cmd = `deploy ${process.env.T}`;\nexecSync(cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    { code: CP + "const cmd = `deploy ${process['env']['T']}`;\nexecSync(cmd);", errors: [{ messageId: 'composed', line: 2 }] },
    {
      code: CP + 'const e = process.env;\nconst { T } = e;\nconst cmd = `deploy ${T}`;\nexecSync(cmd);',
      errors: [{ messageId: 'composed', line: 4 }],
    },
    {
      code: 'const cp = require(String.fromCharCode(99,104,105,108,100,95,112,114,111,99,101,115,115));\nconst cmd = `deploy ${process.env.T}`;\ncp.execSync(cmd);',
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: "const cp = require(atob('Y2hpbGRfcHJvY2Vzcw=='));\nconst cmd = `deploy ${process.env.T}`;\ncp.execSync(cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: "const cp = global.process.mainModule.require('child_process');\nconst cmd = `deploy ${process.env.T}`;\ncp.execSync(cmd);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    { code: CP + 'const cmd = `deploy ${process.env.T}`;\nexecSync.bind(null)(cmd);', errors: [{ messageId: 'composed', line: 2 }] },
    {
      code: CP + 'function get() { return execSync }\nconst cmd = `deploy ${process.env.T}`;\nget()(cmd);',
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code: CP + 'class Deployer {\n  run(c) { return execSync(c) }\n}\nnew Deployer().run(`deploy ${process.env.T}`);',
      errors: [{ messageId: 'composed', line: 5 }],
    },
    {
      code: CP + 'const shell = { run(c) { return execSync(c) } };\nshell.run(`deploy ${process.env.T}`);',
      errors: [{ messageId: 'composed', line: 3 }],
    },
    { code: CP + "const cmd = 'deploy '.concat(process.env.T);\nexecSync(cmd);", errors: [{ messageId: 'composed', line: 2 }] },
    {
      code: CP + 'const t = process.env.T?.trim();\nconst cmd = `deploy ${t}`;\nexecSync(cmd);',
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code: CP + "const cmd = `deploy ${process.env.T}`;\nexecSync(cmd);\nexecSync(cmd + ' --again');",
      errors: [{ messageId: 'composed', line: 2 }],
    },
    {
      code: CP + "import { join } from 'node:path';\nconst cmd = `tar czf out.tgz ${join(process.env.OUT_DIR, 'dist')}`;\nexecSync(cmd);",
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code:
        CP +
        "import path from 'path';\nconst dir = path.join(process.env.OUT_DIR, 'dist');\nconst cmd = `tar czf out.tgz ${dir}`;\nexecSync(cmd);",
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code:
        CP + "const files = process.env.FILES.split(',').map((f) => f.trim());\nconst cmd = `eslint ${files.join(' ')}`;\nexecSync(cmd);",
      errors: [{ messageId: 'composed', line: 3 }],
    },
    {
      code: "import Bun from 'bun';\nconst script = `deploy ${process.env.T}`;\nBun.spawn(['sh', '-c', script]);",
      errors: [{ messageId: 'composed', line: 2 }],
    },
  ],
});
