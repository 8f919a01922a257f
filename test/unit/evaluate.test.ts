/**
 * Name resolution, value by value: the expression of the program's last statement is evaluated
 * and its refs and strings are compared with what they must resolve to.
 */
import * as assert from 'node:assert/strict';
import { parseJs } from '../../src/core/js/parse';
import { buildModel } from '../../src/core/js/model';
import { Evaluator } from '../../src/core/js/evaluate';
import { refName, type Value } from '../../src/core/js/values';

function resolve(code: string): string[] {
  const parsed = parseJs(code, { language: 'ts', jsx: false });
  if (!parsed.ok) {
    throw new Error(parsed.reason);
  }
  const model = buildModel(parsed.program, new Set(), { deadline: Infinity, now: () => 0, maxNodes: 1e6 });
  const last = parsed.program.body[parsed.program.body.length - 1];
  if (last.type !== 'ExpressionStatement') {
    throw new Error('the last statement must be an expression');
  }
  return new Evaluator(model, undefined, code).values(last.expression).map(show);
}

function show(v: Value): string {
  switch (v.kind) {
    case 'ref':
      return `${v.module === undefined ? 'global' : 'module'} ${refName(v)}${v.via ? ` via ${v.via}` : ''}`;
    case 'str':
      return JSON.stringify(v.value);
    case 'num':
      return String(v.value);
    default:
      return v.kind;
  }
}

const CASES: [string, string[]][] = [
  ["require('node:child_process').exec", ['module child_process.exec']],
  ["import * as cp from 'child_process'; cp.spawn", ['module child_process.spawn']],
  ["import { exec as run } from 'child_process'; run", ['module child_process.exec']],
  ["import fs from 'fs'; fs.promises.readFile", ['module fs.promises.readFile']],
  ["const r = require; r('net').connect", ['module net.connect']],
  ["module.require('os').homedir", ['module os.homedir']],
  ["import { createRequire } from 'module'; createRequire(import.meta.url)('vm').runInThisContext", ['module vm.runInThisContext']],
  ["const { promises: { readFile: rf } } = require('fs'); rf", ['module fs.promises.readFile']],
  ["const { [atob('ZXhlYw==')]: run } = require('child_process'); run", ['module child_process.exec']],
  ["globalThis['ev' + 'al']", ['global eval']],
  ["window[`ev${'a'}l`]", ['global eval']],
  ['self[String.fromCharCode(101, 118, 97, 108)]', ['global eval']],
  ["global[Buffer.from('6576616c', 'hex').toString()]", ['global eval']],
  ["global[['e', 'v', 'a', 'l'].join('')]", ['global eval']],
  ["global[decodeURIComponent('%65val')]", ['global eval']],
  ['(0, eval)', ['global eval']],
  ['let f = console.log; f = eval; f', ['global console.log', 'global eval']],
  ['const o = { e: eval }; o.e', ['global eval']],
  ['const o = {}; o.e = eval; o.e', ['global eval']],
  ['const o = { get e() { return eval } }; o.e', ['global eval']],
  ['function g() { return require("vm") } g().Script', ['module vm.Script']],
  ["Reflect.get(globalThis, 'eval')", ['global eval']],
  ['Function.prototype.constructor', ['global Function via constructor']],
  ["''.constructor.constructor", ['global Function via constructor']],
  ['[].fill.constructor', ['global Function via constructor']],
  ['(() => 1).constructor', ['global Function via constructor']],
  ['Object.getPrototypeOf(async function () {}).constructor', ['global Function via constructor']],
  ['x.constructor.constructor', ['global Function via constructor']],
  ['module.constructor._load', ['module module._load']],
  ["require('module').Module._resolveFilename", ['module module._resolveFilename']],
  ["let x; x = require('dgram'); x.createSocket", ['module dgram.createSocket']],
  ["class A { cp = require('child_process'); run() { return this.cp.exec } } new A().run()", ['module child_process.exec']],
  ["class S { constructor() { this.srv = require('http').createServer() } } new S().srv.listen", ['module http.createServer().listen']],
  ['class W extends WebSocket { go() { return this.send } } new W().go()', ['global WebSocket().send']],
  ['class C { m() { return this.constructor.constructor } } new C().m()', ['global Function via constructor']],
  ["const k = 'ex' + 'ec'; require('child_process')[k]", ['module child_process.exec']],
  ["const cp = require('child_process'); cp[name]", ['module child_process.*']],
  ["'abc'.split('').reverse().join('')", ['"cba"']],
  ["'a-b'.replace('-', '_').toUpperCase()", ['"A_B"']],
  ['0x65 + 1', ['102']],
  ["import process from 'node:process'; process.setuid", ['global process.setuid']],
  ["import { dlopen } from 'process'; dlopen", ['global process.dlopen']],
  ["require('process').binding", ['global process.binding']],
  ["require('timers').setTimeout", ['global setTimeout']],
  ["const cp = require('child_process'); Function.prototype.call.call(cp.exec, null, 'id')", ['module child_process.exec()']],
  ['Reflect.getPrototypeOf(Object)', ['global Function.prototype']],
  ["Function('return this')().fetch", ['global fetch']],
  ["new Function('return globalThis')().eval", ['global eval']],
  ["[].constructor.constructor('return this')().process", ['global process']],
  ["let last; for (const s of ['/var/run/docker.sock', '/proc/1/root']) { last = s } last", ['"/var/run/docker.sock"', '"/proc/1/root"']],
  // Objects built without a literal, spreads, symbols, class members.
  ['const a = { e: eval }; const b = { ...a, n: 1 }; b.e', ['global eval']],
  ['const b = { ...{ n: 1 } }; b.e', []],
  ['Object.assign({}, { f: String }, { g: Function }).g', ['global Function']],
  ['const t = {}; Object.assign(t, { run: eval }); t.run', ['global eval']],
  ["const m = new Map(); m.set('k', eval); m.get('k')", ['global eval']],
  ["const m = new Map([['a', eval], ['b', String]]); m.get('a')", ['global eval']],
  ["const m = new Map(); m.set('k', eval); m.get('other')", ['other']],
  ["const K = Symbol('k'); const o = { [K]: eval, k: String }; o[K]", ['global eval']],
  ["const o = { [Symbol('k')]: eval }; o[Symbol('k')]", ['other']],
  ["const o = { [Symbol.for('k')]: eval }; o[Symbol.for('k')]", ['global eval']],
  ["const o = {}; Object.defineProperty(o, 'run', { value: eval }); o.run", ['global eval']],
  ["const o = {}; Object.defineProperty(o, 'run', { get() { return Function } }); o.run", ['global Function']],
  ['const o = {}; Object.defineProperties(o, { run: { value: eval } }); o.run', ['global eval']],
  ["const K = 'r' + 'un'; const o = {}; o[K] = eval; o.run", ['global eval']],
  ["Object.fromEntries([['open', require('child_process').spawn]]).open", ['module child_process.spawn']],
  ["class G { static run = require('child_process').execSync } G.run", ['module child_process.execSync']],
  ['class G { static get f() { return Function } } G.f', ['global Function']],
  ['class G { static e = eval; static go() { return this.e } } G.go()', ['global eval']],
  ['class F { #e = eval; go() { return this.#e } } new F().go()', ['global eval']],
  ['class F { get e() { return eval } } new F().e', ['global eval']],
  ["[...'lave'].reverse().join('')", ['"eval"']],
  ['const C = [101, 118, 97, 108]; String.fromCharCode(...C)', ['"eval"']],
  ['Function.prototype.bind.call(eval, null)', ['global eval']],
  ['Reflect.apply(Function.prototype.bind, eval, [null])', ['global eval']],
  ['new Proxy({}, { get: () => eval }).anything', ['global eval']],
  ["const cp = require('child_process'); new Proxy({}, { get(t, k) { return cp[k] } }).exec", ['module child_process.exec']],
  ['new Proxy({ e: eval }, {}).e', ['global eval']],
  ['function* g() { yield eval } let x; for (const f of g()) { x = f } x', ['global eval']],
  ["let r; Promise.resolve(require('child_process').exec).then((f) => { r = f }); r", ['module child_process.exec']],
  // A function's own text, comments included: code kept in a comment and read back with toString.
  ['function f() {/* x */} f.toString()', ['"function f() {/* x */}"']],
  ["function f() {/*run()*/} f.toString().split('/*')[1].split('*/')[0]", ['"run()"']],
  ['const g = (a) => a; g.toString()', ['"(a) => a"']],
  ['const o = { m() {} }; o.m.toString()', ['"() {}"']],
  ['function f() {} f.toString(16)', ['unknown']],
  // Names assembled with padding, character arithmetic in map callbacks, and Array.from.
  ["'tp'.padStart(4, 'ht') + 's'", ['"https"']],
  ["'ev'.padEnd(4, 'al')", ['"eval"']],
  ["Array.from('fwbm', (c) => String.fromCharCode(c.charCodeAt(0) - 1)).join('')", ['"eval"']],
  ["[79, 92, 75, 70].map((b) => String.fromCharCode(b ^ 42)).join('')", ['"evaL"'.replace('L', 'l')]],
  ["const k = 1; 'fwbm'.split('').map((c) => String.fromCharCode(c.charCodeAt(0) - k)).join('')", ['"eval"']],
  ["[1, 2].map((n) => n.toString(16).padStart(2, '0')).join('')", ['"0102"']],
  ['[1, 2].map((n) => f(n))', ['unknown']],
  // Immediately invoked functions bind their parameters to the arguments; promise chains settle to what `then` returns.
  ["!function (e, t) { r = e[t] }(globalThis, 'eval'); (function (g, n) { return g[n] })(globalThis, 'eval')", ['global eval']],
  ["import('node:child_process').then((m) => m.exec)", ['module child_process.exec']],
  ["process.getBuiltinModule('node:vm').runInThisContext", ['module vm.runInThisContext']],
];

/** The sinks a call reaches through thin forwarding wrappers (`(c) => execSync(c)`), as the rules see them. */
function callTargets(code: string): string[] {
  const parsed = parseJs(code, { language: 'ts', jsx: false });
  if (!parsed.ok) {
    throw new Error(parsed.reason);
  }
  const model = buildModel(parsed.program, new Set(), { deadline: Infinity, now: () => 0, maxNodes: 1e6 });
  const last = parsed.program.body[parsed.program.body.length - 1];
  if (last.type !== 'ExpressionStatement' || last.expression.type !== 'CallExpression') {
    throw new Error('the last statement must be a call');
  }
  return new Evaluator(model)
    .callTargets(last.expression)
    .targets.filter((v) => v.kind === 'ref')
    .map(show);
}

describe('name resolution', () => {
  for (const [code, expected] of CASES) {
    it(code, () => {
      assert.deepEqual(
        resolve(code).filter((v) => v !== 'unknown' || expected.includes('unknown')),
        expected,
      );
    });
  }

  describe('thin forwarding wrappers', () => {
    const rows: [string, string[]][] = [
      ["const { execSync } = require('child_process'); const run = (c) => execSync(c, {}); run(x)", ['module child_process.execSync']],
      ["import cp from 'child_process'; function sh(c, o) { return cp.exec(c, o) } sh(cmd, opts)", ['module child_process.exec']],
      [
        "function make() { const cp = require('child_process'); return (c) => cp.execSync(c) } const run = make(); run(input)",
        ['module child_process.execSync'],
      ],
      ['const ev = (s) => eval(s); const again = (s) => ev(s); again(body)', ['global eval']],
      ["import vm from 'vm'; const run = async (code) => await vm.runInNewContext(code); run(src)", ['module vm.runInNewContext']],
      // Handed a constant, the wrapper is reported once, at its sink.
      ["const { execSync } = require('child_process'); const run = (c) => execSync(c); run('ls')", []],
      // The parameter moves to another position, or is not passed first: not a thin forwarder.
      ["const { execFile } = require('child_process'); const run = (a, b) => execFile(b, a); run(x, y)", []],
      ["const { execSync } = require('child_process'); const run = (c) => execSync(`sh -c ${c}`); run(x)", []],
      // More than one statement, or a sink that only reads or logs: not forwarded.
      ["const { execSync } = require('child_process'); function run(c) { log(c); return execSync(c) } run(x)", []],
      ['const log = (m) => console.log(m); log(x)', []],
    ];
    for (const [code, expected] of rows) {
      it(code, () => {
        assert.deepEqual(callTargets(code), expected);
      });
    }
  });

  it('never executes regular expressions from the reviewed code', () => {
    // A catastrophic pattern would hang if it were run against the string.
    assert.deepEqual(resolve("'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'.replace(/(a+)+$/, '')"), ['unknown']);
  });

  it('bounds deep and cyclic definitions', () => {
    assert.deepEqual(resolve('let a = b; let b = a; a'), ['unknown']);
    const chain = Array.from({ length: 500 }, (_, i) => `const v${i + 1} = v${i};`).join('\n');
    assert.doesNotThrow(() => resolve(`const v0 = eval;\n${chain}\nv500`));
  });
});
