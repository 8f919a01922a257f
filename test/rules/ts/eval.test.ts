import rule from '../../../src/core/rules/ts/eval';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'JSON.parse(input)',
    'obj.eval(x)',
    'const evaluate = (x) => x * 2; evaluate(3)',
    'regex.exec(text)',
    'function f(eval2) { return eval2(1) }',
    'const o = { eval: (x) => x }; o.eval(1)',
    'new Map()',
    'items.forEach(console.log)',
    // `.constructor` reaching something other than `Function`, or `Function` fetched but never called
    "'abc'.constructor('x')",
    'new this.constructor(props)',
    'const AsyncFunction = (async () => {}).constructor;\nif (fn instanceof AsyncFunction) run()',
    'Object.getPrototypeOf(x).constructor.name',
  ],
  invalid: [
    // `Function` reached through `.constructor` compiles strings all the same
    {
      code: "const compile = (expr) => (function () {}).constructor('entry', `return (${expr});`);",
      errors: [{ messageId: 'chainedCtor', category: 'dynamic-code', severity: 'high' }],
    },
    {
      code: "const Compiler = Object.getPrototypeOf(function () {}).constructor;\nconst fn = Compiler('price', body);",
      errors: [
        { messageId: 'chainedStored', line: 1 },
        { messageId: 'chainedCtor', line: 2 },
      ],
    },
    { code: "(async () => {}).constructor('return fetch')()", errors: [{ messageId: 'chainedCtor' }] },
    { code: "x['constr' + 'uctor']['constructor'](code)()", errors: [{ messageId: 'chainedCtor' }] },
    {
      code: 'const Boot = Reflect.getPrototypeOf(async function () {}).constructor;\nawait new Boot(src)();',
      errors: [{ messageId: 'chainedStored' }, { messageId: 'chainedCtor' }],
    },
    { code: 'eval(input)', errors: [{ messageId: 'eval', line: 1, column: 1, endColumn: 12, severity: 'high' }] },
    { code: '(0, eval)(s)', errors: [{ messageId: 'aliased' }] },
    { code: "globalThis['ev' + 'al'](s)", errors: [{ messageId: 'aliased' }] },
    { code: 'window.eval(s)', errors: [{ messageId: 'aliased' }] },
    { code: 'global["eval"](s)', errors: [{ messageId: 'aliased' }] },
    { code: 'self[`eval`](s)', errors: [{ messageId: 'aliased' }] },
    { code: 'this.eval(s)', errors: [{ messageId: 'aliased' }] },
    { code: 'const run = eval;\nrun(code)', errors: [{ messageId: 'aliased', line: 2 }] },
    { code: 'let f = console.log; f = eval; f(s)', errors: [{ messageId: 'aliased' }] },
    { code: 'const { eval: e } = globalThis; e(s)', errors: [{ messageId: 'aliased' }] },
    { code: 'const g = globalThis; const k = "eval"; g[k](s)', errors: [{ messageId: 'aliased' }] },
    { code: 'globalThis[String.fromCharCode(101, 118, 97, 108)](s)', errors: [{ messageId: 'aliased' }] },
    { code: "globalThis[atob('ZXZhbA==')](s)", errors: [{ messageId: 'aliased' }] },
    { code: "globalThis[Buffer.from('ZXZhbA==', 'base64').toString()](s)", errors: [{ messageId: 'aliased' }] },
    { code: "globalThis[['l', 'a', 'v', 'e'].reverse().join('')](s)", errors: [{ messageId: 'aliased' }] },
    { code: "globalThis['lave'.split('').reverse().join('')](s)", errors: [{ messageId: 'aliased' }] },
    { code: 'eval.call(null, s)', errors: [{ messageId: 'aliased' }] },
    { code: 'eval.apply(null, [s])', errors: [{ messageId: 'aliased' }] },
    { code: 'Reflect.apply(eval, null, [s])', errors: [{ messageId: 'aliased' }] },
    { code: 'const e2 = eval.bind(null); e2(s)', errors: [{ messageId: 'aliased' }] },
    { code: 'globalThis.eval?.(s)', errors: [{ messageId: 'aliased' }] },
    { code: 'const t = { e: eval }; t.e(s)', errors: [{ messageId: 'aliased' }] },
    { code: 'function get() { return eval } get()(s)', errors: [{ messageId: 'aliased' }] },
    { code: 'new Function("a", body)', errors: [{ messageId: 'functionCtor' }] },
    { code: 'Function("return this")()', errors: [{ messageId: 'functionCtor' }] },
    { code: 'const F = globalThis.Function; new F(src)', errors: [{ messageId: 'functionCtor' }] },
    { code: 'items.forEach(eval)', errors: [{ messageId: 'passed' }] },
    { code: 'setTimeout(eval, 0, code)', errors: [{ messageId: 'passed' }] },
  ],
});
