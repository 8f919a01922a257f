import rule from '../../../src/core/rules/ts/vm';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "const vm = useViewModel(); vm.runInContext('x')",
    'script.runInThisContext()',
    "import { isContext } from 'vm'; isContext(o)",
    "import vm from './vm'; vm.runInNewContext('x')",
    "import type { Context } from 'vm'; let c: Context",
    'class VM { run() {} } new VM().run()',
    "import { VM } from './machine'; new VM().run(code)",
    "const text = 'vm.runInNewContext(code)'",
    'function runInNewContext(x) { return x } runInNewContext(1)',
  ],
  invalid: [
    {
      code: "import vm from 'vm'; vm.runInNewContext(code, {})",
      errors: [
        {
          messageId: 'vm',
          severity: 'high',
          message: '`vm.runInNewContext` compiles and runs `code` as code; `vm` is not a security boundary.',
        },
      ],
    },
    { code: "const vm = require('node:vm'); vm.runInThisContext('1 + 1')", errors: [{ messageId: 'vm' }] },
    {
      code: "import * as vm from 'vm'; const ctx = vm.createContext({}); vm.runInContext(src, ctx)",
      errors: [{ messageId: 'vm', severity: 'high' }],
    },
    {
      code: "import { createContext } from 'vm'; export const sandbox = createContext({ console })",
      errors: [{ messageId: 'context', severity: 'medium' }],
    },
    { code: "const vm = require('vm'); new vm.Script(src).runInThisContext()", errors: [{ messageId: 'vm', column: 27, endColumn: 45 }] },
    { code: "const { Script } = require('vm'); const s = new Script(src); s.runInNewContext({})", errors: [{ messageId: 'vm' }] },
    { code: "import { compileFunction } from 'node:vm'; compileFunction(body, ['a'])", errors: [{ messageId: 'vm' }] },
    { code: "import vm from 'vm'; new vm.SourceTextModule(src)", errors: [{ messageId: 'vm' }] },
    { code: "import vm from 'vm'; new vm.SyntheticModule(['x'], init)", errors: [{ messageId: 'vm' }] },
    { code: "import vm from 'vm'; vm['runIn' + 'NewContext'](code)", errors: [{ messageId: 'vm' }] },
    { code: "const r = require; r('vm').runInThisContext(code)", errors: [{ messageId: 'vm' }] },
    { code: "module.require('vm').runInThisContext(code)", errors: [{ messageId: 'vm' }] },
    {
      code: "import { createRequire } from 'module'; createRequire(import.meta.url)('vm').runInThisContext(c)",
      errors: [{ messageId: 'vm' }],
    },
    { code: "const vm = require('vm'); vm.runInThisContext.call(vm, code)", errors: [{ messageId: 'vm' }] },
    { code: "const vm = require('vm'); Reflect.apply(vm.runInNewContext, vm, [code])", errors: [{ messageId: 'vm' }] },
    { code: "const vm = require('vm'); const run = vm.runInNewContext.bind(vm); run(code)", errors: [{ messageId: 'vm' }] },
    { code: "const vm = require('vm'); (0, vm.runInThisContext)(code)", errors: [{ messageId: 'vm' }] },
    { code: "const vm = await import('node:vm'); vm.runInThisContext(code)", errors: [{ messageId: 'vm' }] },
    { code: "(await import('vm')).default.runInThisContext(code)", errors: [{ messageId: 'vm' }] },
    { code: "function getVm() { return require('vm') } getVm().runInThisContext(code)", errors: [{ messageId: 'vm' }] },
    { code: "const vm = require('vm'); vm[name](code)", errors: [{ messageId: 'unknownMethod', severity: 'high' }] },
    {
      code: "const { VM } = require('vm2'); new VM().run(code)",
      errors: [
        {
          messageId: 'sandbox',
          severity: 'high',
          message: '`vm2.VM` creates a vm2 sandbox to run code strings; sandboxes like this have known escapes to the host.',
        },
      ],
    },
    {
      code: "import { NodeVM } from 'vm2'; const vm = new NodeVM({ require: { external: true } }); vm.run(src)",
      errors: [{ messageId: 'sandbox' }],
    },
    { code: "import { VMScript } from 'vm2'; new VMScript(code)", errors: [{ messageId: 'sandbox' }] },
    {
      code: "import ivm from 'isolated-vm'; const isolate = new ivm.Isolate({ memoryLimit: 128 })",
      errors: [
        {
          messageId: 'sandbox',
          message:
            '`isolated-vm.Isolate` creates an isolated-vm isolate to run code strings; sandboxes like this have known escapes to the host.',
        },
      ],
    },
    { code: "import safeEval from 'safe-eval'; safeEval(expr, ctx)", errors: [{ messageId: 'sandbox' }] },
    { code: "const vm = require('vm');\nmodule.exports = { vm }", errors: [{ messageId: 'unfollowed', line: 1 }] },
    { code: "import { runInNewContext } from 'vm'; handlers.push(runInNewContext)", errors: [{ messageId: 'unfollowed' }] },
    { code: "export * from 'vm2'", errors: [{ messageId: 'unfollowed' }] },
    // wrappers that run their argument with vm, called with run-time data
    {
      code: "import vm from 'node:vm';\nfunction evaluate(expr, scope) {\n  return vm.runInNewContext(`(${expr})`, scope);\n}\nexport const score = (row) => evaluate(row.formula, row);\nexport const two = evaluate('1 + 1', {});",
      errors: [
        { messageId: 'vm', line: 3 },
        {
          messageId: 'wrapperCall',
          line: 5,
          severity: 'high',
          message: '`evaluate` is called with `row.formula`, which it runs as code: `vm.runInNewContext` on line 3.',
        },
      ],
    },
    {
      code: "const vm = require('vm');\nclass Sandbox {\n  run(code) {\n    return new vm.Script(code).runInNewContext({});\n  }\n}\nnew Sandbox().run(req.body.code);",
      errors: [
        { messageId: 'vm', line: 4 },
        { messageId: 'wrapperCall', line: 7 },
      ],
    },
    {
      code: "import vm from 'vm';\nfunction run(code) { return vm.runInNewContext(code) }\nrun('1 + 1');\nrun(`2 * 3`);",
      name: 'a wrapper given constants only is reported once, at its sink',
      errors: [{ messageId: 'vm', line: 2 }],
    },
  ],
});
