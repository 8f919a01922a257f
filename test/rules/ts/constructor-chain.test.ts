import rule from '../../../src/core/rules/ts/constructor-chain';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'new this.constructor(props)',
    'obj.constructor.name',
    'const C = value.constructor; new C()',
    'Object.getPrototypeOf(x).constructor.name',
    'class A { clone() { return new this.constructor(this.props) } }',
    'if (x.constructor === Object) merge(x)',
    "new Function('a', 'return a')",
    "Function('return this')()",
    'const ctor = Array; new ctor(3)',
    "'abc'.constructor('x')",
    '(5).constructor(3)',
    'const s = "this.constructor.constructor(\'return process\')()"',
    'const AsyncFunction = (async () => {}).constructor;\nif (fn instanceof AsyncFunction) run()',
    'const GeneratorFunction = function* () {}.constructor;\nconst isGen = (f) => f instanceof GeneratorFunction',
  ],
  invalid: [
    { code: 'const reach = (fn) => fn.constructor.constructor;', errors: [{ messageId: 'fetched', severity: 'high' }] },
    { code: "export function getCtor(x) { return x['constructor']['constructor']; }", errors: [{ messageId: 'fetched' }] },
    {
      code: "this.constructor.constructor('return process')()",
      errors: [
        {
          messageId: 'chain',
          severity: 'high',
          column: 1,
          endColumn: 47,
          message:
            '`this.constructor.constructor` is the `Function` constructor reached through `.constructor`: it compiles a string into code, the usual way out of a sandbox.',
        },
      ],
    },
    { code: "class S { run() { return this.constructor.constructor('return process')() } }", errors: [{ messageId: 'chain' }] },
    { code: "function f(x) { return x.constructor.constructor('return process')() }", errors: [{ messageId: 'chain' }] },
    { code: "({}).constructor.constructor('return this')()", errors: [{ messageId: 'chain' }] },
    { code: "[].constructor.constructor('return this')()", errors: [{ messageId: 'chain' }] },
    { code: "(async () => {}).constructor('return fetch')", errors: [{ messageId: 'chain' }] },
    { code: "(function* () {}).constructor('yield 1')", errors: [{ messageId: 'chain' }] },
    { code: "const f = () => 1; new f.constructor('a', 'b')", errors: [{ messageId: 'chain' }] },
    { code: "Function.prototype.constructor('return this')()", errors: [{ messageId: 'chain' }] },
    { code: "Object.constructor('return process')()", errors: [{ messageId: 'chain' }] },
    { code: "process.constructor.constructor('return this')()", errors: [{ messageId: 'chain' }] },
    { code: 'const F = ({}).constructor.constructor; F(src)()', errors: [{ messageId: 'chain' }] },
    { code: "const { constructor: F } = Object; F('return this')()", errors: [{ messageId: 'chain' }] },
    { code: "x['constr' + 'uctor']['constructor'](code)()", errors: [{ messageId: 'chain' }] },
    { code: "x[atob('Y29uc3RydWN0b3I=')][atob('Y29uc3RydWN0b3I=')](code)", errors: [{ messageId: 'chain' }] },
    { code: 'x.constructor.constructor.call(null, code)', errors: [{ messageId: 'chain' }] },
    { code: 'x.constructor.constructor.apply(null, [code])', errors: [{ messageId: 'chain' }] },
    { code: 'Reflect.apply(x.constructor.constructor, null, [code])', errors: [{ messageId: 'chain' }] },
    { code: 'const make = x.constructor.constructor.bind(null); make(code)', errors: [{ messageId: 'chain' }] },
    { code: 'x?.constructor?.constructor(code)', errors: [{ messageId: 'chain' }] },
    { code: 'function get() { return x.constructor.constructor } get()(code)', errors: [{ messageId: 'chain' }] },
    { code: 'Reflect.construct(x.constructor.constructor, [code])', errors: [{ messageId: 'passed' }] },
    { code: 'run(x.constructor.constructor)', errors: [{ messageId: 'passed' }] },
    // the chain split over two lines: where `Function` is fetched, and where it is called
    {
      code: "const ctor = [].filter['constr' + 'uctor'];\nconst proc = ctor['constr' + 'uctor']('return this.process')();",
      errors: [
        {
          messageId: 'stored',
          line: 1,
          message:
            "`[].filter['constr' + 'uctor']` is the `Function` constructor reached through `.constructor`, kept here and called on line 2 to compile a string into code.",
        },
        { messageId: 'chain', line: 2 },
      ],
    },
    {
      code: "const F = (() => {}).constructor;\nconst x = F('return process')();",
      errors: [
        { messageId: 'stored', line: 1 },
        { messageId: 'chain', line: 2 },
      ],
    },
    {
      code: "const AsyncFunction = (async () => {}).constructor;\nconst f = new AsyncFunction('a', body);",
      errors: [
        { messageId: 'stored', line: 1 },
        { messageId: 'chain', line: 2 },
      ],
    },
    {
      code: "let F;\nF = Object.getPrototypeOf(function () {}).constructor;\nF('return this')()",
      errors: [
        { messageId: 'stored', line: 2 },
        { messageId: 'chain', line: 3 },
      ],
    },
  ],
});
