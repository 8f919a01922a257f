import rule from '../../../src/core/rules/ts/child-process';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'const m = /a(b)/.exec(text)',
    'regex.exec(text)',
    'this.queue.exec(job)',
    'db.exec("CREATE TABLE t (x)")',
    'db.run("DELETE FROM t")',
    'function spawn(x) { return x } spawn(1)',
    'const exec = (q) => q; exec("ls")',
    "import { exec } from './db'; exec('SELECT 1')",
    "import type { ChildProcess } from 'child_process'; let p: ChildProcess | undefined",
    "import { type ExecOptions } from 'child_process'; const o: ExecOptions = {}",
    "import { ChildProcess } from 'child_process'; function stop(p: ChildProcess) { p.kill() }",
    "import shell from 'shelljs'; shell.mkdir('-p', 'out')",
    'const s = \'exec("rm -rf /")\'; console.log(s)',
    "import { $ } from 'execa'; const run = $({ cwd: 'x' })",
    'const $ = window.jQuery; $(`#id`); $`x`',
    "import { promisify } from 'util'; const sleep = promisify(setTimeout); await sleep(10)",
    'new Worker("w.js")',
    'const tag = String.raw; tag`ls`; html`<div>${x}</div>`',
    'const $ = (s) => s; $`ls`',
    "const fsBinding = process.binding('fs'); fsBinding.open(file)",
    "const b = process.binding('fs'); b.spawn(x)",
    "const native = { spawn: (o) => o }; native.spawn({ file: 'ls' })",
    "obj.binding('spawn_sync').spawn(opts)",
    "const { Process } = require('./model'); new Process().spawn()",
    // A module-loading wrapper called with the name of a module that runs nothing.
    "const load = (id) => require('node:' + id); load('path').join('a', 'b')",
    'function f(cmd, { spawn: start = (o) => o } = {}) { return start(cmd) }',
  ],
  invalid: [
    {
      name: 'a module-loading wrapper called with a constant name',
      code: "const builtin = (id) => process.getBuiltinModule('node:' + id);\nbuiltin('child_process').execSync(cmd)",
      errors: [{ messageId: 'runsDynamic', severity: 'high', line: 2 }],
    },
    {
      name: 'a require wrapper with a block body, awaited import wrapper',
      code: "function load(name) { return require(name); }\nload('child_process').exec(cmd)\nconst imp = async (n) => await import(n);\n(await imp('node:child_process')).spawn(cmd)",
      errors: [
        { messageId: 'runsDynamic', severity: 'high', line: 2 },
        { messageId: 'runsDynamic', severity: 'high', line: 4 },
      ],
    },
    {
      name: 'a default inside a destructured parameter',
      code: "function launch(cmd, { spawn: start = require('child_process').spawn } = {}) {\n  return start('/bin/sh', ['-c', cmd]);\n}",
      errors: [{ messageId: 'runs', severity: 'high', line: 2 }],
    },
    {
      code: "import { exec } from 'child_process'; exec('git status')",
      errors: [{ messageId: 'runs', severity: 'high', message: '`child_process.exec` runs `git status` through a shell.' }],
    },
    {
      code: "import { execFile } from 'child_process'; execFile('git', ['status', '--short'])",
      errors: [{ messageId: 'runs', severity: 'medium', message: '`child_process.execFile` runs `git status --short`.' }],
    },
    {
      code: "import { spawn } from 'node:child_process';\nspawn('npm', ['install'])",
      errors: [{ messageId: 'runs', severity: 'medium', line: 2, column: 1 }],
    },
    { code: "const cp = require('child_process'); cp.execSync('ls -la')", errors: [{ messageId: 'runs', severity: 'high' }] },
    {
      code: "const { execFileSync } = require('node:child_process'); execFileSync('node', ['-v'])",
      errors: [{ messageId: 'runs', severity: 'medium' }],
    },
    { code: "const { spawnSync: run } = require('child_process'); run('ls')", errors: [{ messageId: 'runs', severity: 'medium' }] },
    { code: "import * as cp from 'child_process'; cp.fork('./worker.js')", errors: [{ messageId: 'runs', severity: 'medium' }] },
    { code: "import cp from 'child_process'; cp.spawn('ls')", errors: [{ messageId: 'runs', severity: 'medium' }] },
    { code: "import cp = require('child_process'); cp.spawn('ls')", errors: [{ messageId: 'runs' }] },
    {
      code: "const path = require('path'); const { fork } = require('child_process'); fork(path.join(__dirname, 'worker.js'))",
      errors: [{ messageId: 'runs', severity: 'medium', message: '`child_process.fork` runs `<__dirname>/worker.js`.' }],
    },
    {
      code: "const { spawn } = require('child_process'); spawn(process.execPath, ['build.js'])",
      errors: [{ messageId: 'runs', severity: 'medium' }],
    },
    {
      code: "import { exec } from 'child_process'; exec(`git log ${branch}`)",
      errors: [
        {
          messageId: 'runsDynamic',
          severity: 'high',
          message:
            '`child_process.exec` runs a command computed at run time (`git log ${branch}`) through a shell: whatever reaches it decides what the machine executes.',
        },
      ],
    },
    {
      code: "import { spawn } from 'child_process'; function run(cmd, args) { return spawn(cmd, args) }",
      errors: [{ messageId: 'runsDynamic', severity: 'high' }],
    },
    {
      code: "import { spawn } from 'child_process'; spawn('npm', ['i'], { shell: true })",
      errors: [{ messageId: 'runs', severity: 'high' }],
    },
    {
      code: "import { spawn } from 'child_process'; spawn('npm', ['i'], { shell: !0 })",
      errors: [{ messageId: 'runs', severity: 'high' }],
    },
    {
      code: "import { spawn } from 'child_process'; spawn('npm', ['i'], { ['sh' + 'ell']: 1 })",
      errors: [{ messageId: 'runs', severity: 'high' }],
    },
    {
      code: "import { spawn } from 'child_process'; spawn('npm', ['i'], { shell: false })",
      errors: [{ messageId: 'runs', severity: 'medium' }],
    },
    {
      code: "import { spawn } from 'child_process'; spawn('npm', ['i'], { shell: !1 })",
      errors: [{ messageId: 'runs', severity: 'medium' }],
    },
    {
      code: "import { spawn } from 'child_process'; const opts = { shell: '/bin/bash' }; spawn('npm', ['i'], opts)",
      errors: [{ messageId: 'runs', severity: 'high' }],
    },
    { code: "import { spawn } from 'child_process'; spawn('sh', ['-c', script])", errors: [{ messageId: 'runs', severity: 'high' }] },
    {
      code: "import { spawn } from 'child_process'; const argv = ['-c', script]; spawn('sh', argv)",
      errors: [{ messageId: 'runs', severity: 'high', message: '`child_process.spawn` runs `sh -c <script>` through a shell.' }],
    },
    { code: "const argv = ['ls', '-l']; Bun.spawn(argv)", errors: [{ messageId: 'runs', severity: 'medium' }] },
    {
      code: "import { execFileSync } from 'child_process'; execFileSync('node', ['-e', code])",
      errors: [{ messageId: 'runs', severity: 'high' }],
    },
    {
      code: "import { spawn } from 'child_process'; spawn('node', ['daemon.js'], { detached: true })",
      errors: [
        {
          messageId: 'runs',
          severity: 'high',
          message: '`child_process.spawn` runs `node daemon.js`, detached so it can outlive this program.',
        },
      ],
    },
    {
      code: "import { spawn } from 'child_process'; spawn('node', ['d.js'], { stdio: 'ignore' }).unref()",
      errors: [{ messageId: 'runs', severity: 'high' }],
    },
    {
      code: "import { spawn } from 'child_process'; const c = spawn('node', ['d.js'], { stdio: ['ignore', 'ignore', 'ignore'] });\nc.unref()",
      errors: [{ messageId: 'runs', severity: 'high', line: 1 }],
    },
    {
      code: "import { spawn } from 'child_process'; const c = spawn('node', ['d.js'], { stdio: 'ignore' })",
      errors: [{ messageId: 'runs', severity: 'medium' }],
    },
    { code: "const cp = require('child_process'); cp[method](cmd)", errors: [{ messageId: 'unknownMethod', severity: 'high' }] },
    { code: "new (require('child_process').ChildProcess)()", errors: [{ messageId: 'lowLevel', severity: 'high' }] },
    // every alias form
    { code: "const cp = require('child_process'); cp['ex' + 'ec']('ls')", errors: [{ messageId: 'runs', severity: 'high' }] },
    { code: "const cp = require('child_process'); cp[`spawn`]('ls')", errors: [{ messageId: 'runs' }] },
    {
      code: "const cp = require('child_process'); cp[String.fromCharCode(101, 120, 101, 99)]('ls')",
      errors: [{ messageId: 'runs', severity: 'high' }],
    },
    { code: "const cp = require(atob('Y2hpbGRfcHJvY2Vzcw==')); cp.spawn('ls')", errors: [{ messageId: 'runs' }] },
    {
      code: "const cp = require(Buffer.from('Y2hpbGRfcHJvY2Vzcw==', 'base64').toString()); cp.spawn('ls')",
      errors: [{ messageId: 'runs' }],
    },
    { code: "const r = require; r('child_process').spawn('ls')", errors: [{ messageId: 'runs' }] },
    { code: "module.require('child_process').execSync('ls')", errors: [{ messageId: 'runs', severity: 'high' }] },
    {
      code: "import { createRequire } from 'module'; createRequire(import.meta.url)('child_process').execSync('id')",
      errors: [{ messageId: 'runs' }],
    },
    { code: "globalThis.require('child_process').spawn('ls')", errors: [{ messageId: 'runs' }] },
    { code: "process.mainModule.require('child_process').exec('id')", errors: [{ messageId: 'runs' }] },
    { code: "const { exec } = await import('node:child_process'); exec('id')", errors: [{ messageId: 'runs' }] },
    { code: "const cp = await import('child_process'); cp.default.execSync('id')", errors: [{ messageId: 'runs', severity: 'high' }] },
    { code: "const cp = require('child_process'); cp.exec.call(null, 'id')", errors: [{ messageId: 'runs', severity: 'high' }] },
    { code: "const cp = require('child_process'); cp.spawn.apply(null, ['ls', ['-l']])", errors: [{ messageId: 'runs' }] },
    { code: "const cp = require('child_process'); Reflect.apply(cp.execSync, null, ['id'])", errors: [{ messageId: 'runs' }] },
    { code: "const cp = require('child_process'); const run = cp.execSync.bind(cp); run('id')", errors: [{ messageId: 'runs' }] },
    { code: "const cp = require('child_process'); cp.execSync?.('id')", errors: [{ messageId: 'runs' }] },
    { code: "const cp = require('child_process'); (0, cp.exec)('id')", errors: [{ messageId: 'runs' }] },
    { code: "const cp = require('child_process'); const t = { run: cp.exec }; t.run('id')", errors: [{ messageId: 'runs' }] },
    { code: "function load() { return require('child_process') } load().execSync('id')", errors: [{ messageId: 'runs' }] },
    { code: "let f = console.log; f = require('child_process').execSync; f('id')", errors: [{ messageId: 'runs' }] },
    { code: "let cp; cp = require('child_process'); cp.exec('x')", errors: [{ messageId: 'runs' }] },
    { code: "const cp = require('child_process'); Reflect.get(cp, 'exec')('id')", errors: [{ messageId: 'runs' }] },
    { code: "import * as cp from 'child_process'; const fns = [cp.exec]; fns[0]('ls')", errors: [{ messageId: 'runs' }] },
    { code: "const m = { run: require('child_process').spawn }; const { run } = m; run('ls')", errors: [{ messageId: 'runs' }] },
    { code: "const cp = require('child_process'); const { [name]: fn } = cp; fn(cmd)", errors: [{ messageId: 'unknownMethod' }] },
    { code: "const cp = require('child_process'); Function.prototype.call.call(cp.exec, null, 'id')", errors: [{ messageId: 'runs' }] },
    { code: "function f({ exec } = require('child_process')) { exec('x') }", errors: [{ messageId: 'runs' }] },
    { code: "class A { cp = require('child_process'); run() { this.cp.exec('x') } }", errors: [{ messageId: 'runs' }] },
    // Node's internal process bindings
    {
      code: "const native = process.binding('spawn_sync');\nconst result = native.spawn({\n  file: '/bin/sh',\n  args: ['sh', '-c', command],\n  envPairs: [],\n});",
      errors: [
        {
          messageId: 'binding',
          severity: 'high',
          line: 2,
          message:
            "`process.binding('spawn_sync').spawn` runs `/bin/sh -c <command>` through a shell via Node's internal `spawn_sync` binding, out of sight of `child_process` and anything that watches it.",
        },
      ],
    },
    {
      code: "const native = process['bind' + 'ing']('spawn_sync'); native.spawn(opts)",
      errors: [
        {
          messageId: 'bindingNoCommand',
          severity: 'high',
          message:
            "`process.binding('spawn_sync').spawn` starts a process via Node's internal `spawn_sync` binding, out of sight of `child_process` and anything that watches it.",
        },
      ],
    },
    { code: "const b = process._linkedBinding('spawn_sync'); b.spawn(opts)", errors: [{ messageId: 'bindingNoCommand' }] },
    { code: "const { spawn } = process.binding('spawn_sync'); spawn({ file: 'id', args: ['id'] })", errors: [{ messageId: 'binding' }] },
    {
      code: "const { Process } = process.binding('process_wrap');\nconst child = new Process();\nchild.spawn({ file: 'ls', args: ['ls', '-l'] })",
      errors: [{ messageId: 'binding', line: 3, severity: 'high' }],
    },
    { code: "new (process.binding('process_wrap').Process)().spawn(opts)", errors: [{ messageId: 'bindingNoCommand' }] },
    {
      code: "const k = 'bind' + 'ing'; const native = process[k]('spawn_sync'); native.spawn(o)",
      errors: [{ messageId: 'bindingNoCommand' }],
    },
    { code: 'const native = process.binding(name); native.spawn(o)', errors: [{ messageId: 'bindingNoCommand' }] },
    { code: "const native = process.binding('spawn_sync'); native.spawn.call(native, o)", errors: [{ messageId: 'bindingNoCommand' }] },
    {
      code: "class Runner { native = process.binding('spawn_sync'); run(o) { return this.native.spawn(o) } }",
      errors: [{ messageId: 'bindingNoCommand' }],
    },
    // util.promisify
    {
      code: "import { promisify } from 'util'; import { exec } from 'child_process'; const run = promisify(exec); await run('ls')",
      errors: [{ messageId: 'runs', severity: 'high', message: '`promisify(child_process.exec)` runs `ls` through a shell.' }],
    },
    {
      code: "const util = require('node:util'); const cp = require('child_process'); util.promisify(cp.execFile)('git', ['pull'])",
      errors: [{ messageId: 'runs', severity: 'medium' }],
    },
    {
      code: "async function f() { await execP(cmd) }\nconst util = require('util'); const execP = util.promisify(require('child_process').exec)",
      errors: [{ messageId: 'runsDynamic', line: 1 }],
    },
    {
      code: "import { promisify } from 'util'; import { exec } from 'child_process'; export const run = promisify(exec)",
      errors: [{ messageId: 'wrapped', severity: 'high' }],
    },
    // third-party process libraries
    { code: "import { execa } from 'execa'; await execa('git', ['status'])", errors: [{ messageId: 'runs', severity: 'medium' }] },
    {
      code: "import execa from 'execa'; await execa('git', ['status'], { shell: true })",
      errors: [{ messageId: 'runs', severity: 'high' }],
    },
    { code: "import { execaSync } from 'execa'; execaSync(bin)", errors: [{ messageId: 'runsDynamic', severity: 'high' }] },
    {
      code: "import { execaCommand } from 'execa'; await execaCommand('npm run build')",
      errors: [{ messageId: 'runs', severity: 'medium' }],
    },
    { code: "import { execaNode } from 'execa'; await execaNode('child.js')", errors: [{ messageId: 'runs' }] },
    {
      code: "import { $ } from 'execa'; await $`npm run ${script}`",
      errors: [{ messageId: 'runs', severity: 'medium', message: '`execa.$` runs `npm run ${script}`.' }],
    },
    { code: "import { $ } from 'execa'; await $`${bin} --version`", errors: [{ messageId: 'runsDynamic', severity: 'high' }] },
    { code: "import { $ } from 'execa'; await $({ cwd: dir })`git status`", errors: [{ messageId: 'runs', severity: 'medium' }] },
    { code: "import { $ } from 'zx'; await $`rm -rf ${dir}`", errors: [{ messageId: 'runs', severity: 'high' }] },
    { code: "import { $ } from 'bun'; await $`ls`", errors: [{ messageId: 'runs', severity: 'high' }] },
    { code: 'await Bun.$`rm -rf ${dir}`', errors: [{ messageId: 'runs', severity: 'high' }] },
    { code: "const shell = require('shelljs'); shell.exec('npm test')", errors: [{ messageId: 'runs', severity: 'high' }] },
    { code: "import spawn from 'cross-spawn'; spawn('npm', ['install'])", errors: [{ messageId: 'runs', severity: 'medium' }] },
    { code: "import spawn from 'cross-spawn'; spawn.sync('npm', ['ci'])", errors: [{ messageId: 'runs', severity: 'medium' }] },
    { code: "import { x } from 'tinyexec'; await x('ls', ['-l'])", errors: [{ messageId: 'runs' }] },
    { code: "import * as pty from 'node-pty'; pty.spawn('bash', [], {})", errors: [{ messageId: 'runs', severity: 'high' }] },
    { code: "Bun.spawn(['ls', '-l'])", errors: [{ messageId: 'runs', severity: 'medium', message: '`Bun.spawn` runs `ls -l`.' }] },
    { code: "globalThis.Bun.spawnSync({ cmd: ['git', 'status'] })", errors: [{ messageId: 'runs' }] },
    { code: 'Bun.spawn(argv)', errors: [{ messageId: 'runsDynamic', severity: 'high' }] },
    {
      code: "new Deno.Command('git', { args: ['status'] })",
      errors: [{ messageId: 'runs', severity: 'medium', message: '`Deno.Command` runs `git status`.' }],
    },
    { code: "Deno.run({ cmd: ['ls'] })", errors: [{ messageId: 'runs', severity: 'medium' }] },
    // imports whose uses cannot be followed
    {
      code: "const { spawn } = require('child_process'); function f(spawn) { spawn('x') }",
      name: 'a shadowed import is not a use, so the import itself is flagged',
      errors: [{ messageId: 'unfollowed', column: 19 }],
    },
    {
      code: "const cp = require('child_process');\nmodule.exports = { cp }",
      errors: [
        {
          messageId: 'unfollowed',
          line: 1,
          message: '`child_process` is imported but its uses could not be followed: code that starts processes may be reached through it.',
        },
      ],
    },
    { code: "import { exec } from 'child_process'; runner(exec)", errors: [{ messageId: 'passed', severity: 'high' }] },
    {
      code: "const cp = require('child_process'); cp.spawn('ls'); cmds.forEach(cp.execSync)",
      errors: [{ messageId: 'runs' }, { messageId: 'passed' }],
    },
    { code: "import('child_process').then((m) => m.exec(cmd))", errors: [{ messageId: 'runsDynamic' }] },
    {
      code: "import('node:child_process').then((m) => m.default.execSync(cmd))",
      errors: [
        {
          messageId: 'runsDynamic',
          message:
            '`child_process.execSync` runs a command computed at run time (`cmd`) through a shell: whatever reaches it decides what the machine executes.',
        },
      ],
    },
    { code: "export { exec } from 'child_process'", errors: [{ messageId: 'unfollowed' }] },
    { code: "require('shelljs/global')", errors: [{ messageId: 'unfollowed' }] },
  ],
});
