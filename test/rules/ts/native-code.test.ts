import rule from '../../../src/core/rules/ts/native-code';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "const bindings = getBindings(); bindings('x')",
    "const data = require('./data.json')",
    "el.binding('value')",
    "const process = { binding: (x) => x }; process.binding('fs')",
    "import { nodes } from './graph.node.ts'",
    "const file = 'addon.node'; console.log(file)",
    "import v8 from 'v8'; v8.getHeapStatistics()",
    "import type { Library } from 'ffi-napi'; let l: Library",
    "function dlopen(p) { return p } dlopen('x')",
    'const s = \'process.binding("fs")\'',
    'const messages = require(`./locales/${lang}.json`)',
    'const plugin = require(`./plugins/${name}.node.js`)',
    'const nodeFile = `${name}.node`; console.log(nodeFile)',
    'const sub = require(`${pkg}/node`)',
    "const path = require('path'); const mod = require(path.join(__dirname, name, 'index.js'))",
  ],
  invalid: [
    {
      code: "process.binding('spawn_sync')",
      errors: [
        {
          messageId: 'binding',
          severity: 'high',
          message: "`process.binding` reaches Node's internal C++ bindings directly, past every permission and module hook.",
        },
      ],
    },
    { code: "process._linkedBinding('x')", errors: [{ messageId: 'binding' }] },
    { code: "process['bind' + 'ing']('fs')", errors: [{ messageId: 'binding' }] },
    { code: "globalThis.process.binding('fs')", errors: [{ messageId: 'binding' }] },
    { code: "const { binding } = process; binding('fs')", errors: [{ messageId: 'binding' }] },
    { code: "const p = process; p[atob('YmluZGluZw==')]('fs')", errors: [{ messageId: 'binding' }] },
    { code: "process.binding.call(process, 'fs')", errors: [{ messageId: 'binding' }] },
    { code: "Reflect.apply(process.binding, process, ['fs'])", errors: [{ messageId: 'binding' }] },
    { code: "(0, process.binding)('fs')", errors: [{ messageId: 'binding' }] },
    {
      code: "process.dlopen(module, '/tmp/x.so')",
      errors: [{ messageId: 'dlopen', message: '`process.dlopen` loads a native shared library into this process.' }],
    },
    { code: "Deno.dlopen('./libx.so', {})", errors: [{ messageId: 'dlopen' }] },
    {
      code: "const addon = require('./build/Release/addon.node')",
      errors: [
        {
          messageId: 'addon',
          message:
            '`require` loads the compiled native addon `./build/Release/addon.node`: machine code that cannot be reviewed as source.',
        },
      ],
    },
    { code: "import addon from './addon.node'", errors: [{ messageId: 'addon' }] },
    { code: "const addon = await import('./addon.node')", errors: [{ messageId: 'addon' }] },
    { code: "import addon = require('./addon.node')", errors: [{ messageId: 'addon' }] },
    { code: "const r = require; r('./x' + '.node')", errors: [{ messageId: 'addon' }] },
    { code: "module.require('./x.node')", errors: [{ messageId: 'addon' }] },
    { code: "import { createRequire } from 'module'; createRequire(import.meta.url)('./x.node')", errors: [{ messageId: 'addon' }] },
    // addons named at run time: the constant tail ends in `.node`
    {
      code: 'const addon = require(`./build/${mode}/addon.node`)',
      errors: [
        {
          messageId: 'addon',
          severity: 'high',
          message:
            '`require` loads the compiled native addon `./build/${mode}/addon.node`: machine code that cannot be reviewed as source.',
        },
      ],
    },
    {
      code: "import { createRequire } from 'node:module';\nconst load = createRequire(import.meta.url);\nconst native = load(`../prebuilds/${process.platform}-${process.arch}/fastcsv.node`);",
      errors: [{ messageId: 'addon', line: 3 }],
    },
    { code: "const a = require('./native/' + name + '.node')", errors: [{ messageId: 'addon' }] },
    {
      code: "const path = require('path'); const a = require(path.join(__dirname, 'build', name + '.node'))",
      errors: [{ messageId: 'addon' }],
    },
    { code: "const path = require('path'); const a = require(path.resolve(dir, 'addon.node'))", errors: [{ messageId: 'addon' }] },
    { code: 'const file = `${dir}/x.node`; const a = require(file)', errors: [{ messageId: 'addon' }] },
    { code: 'const lib = await import(`./native/${name}.node`)', errors: [{ messageId: 'addon' }] },
    { code: 'module.require(`${root}/lib/binding.node`)', errors: [{ messageId: 'addon' }] },
    { code: 'const r = require; r(`./${arch}/x.NODE`)', errors: [{ messageId: 'addon' }] },
    { code: "const M = require('module'); M._load('./x.node')", errors: [{ messageId: 'addon' }] },
    { code: "const M = require('module'); M.prototype.require.call(module, `./${n}.node`)", errors: [{ messageId: 'addon' }] },
    {
      code: "const M = module.constructor; M._extensions['.node'](mod, file)",
      errors: [{ messageId: 'dlopen', message: "`Module._extensions['.node']` loads a native shared library into this process." }],
    },
    { code: "require.extensions['.node'](mod, file)", errors: [{ messageId: 'dlopen' }] },
    { code: "const addon = require('bindings')('addon')", errors: [{ messageId: 'loader' }] },
    { code: "import bindings from 'bindings'; const a = bindings({ bindings: 'addon' })", errors: [{ messageId: 'loader' }] },
    { code: "module.exports = require('node-gyp-build')(__dirname)", errors: [{ messageId: 'loader' }] },
    {
      code: "const ffi = require('ffi-napi'); const libc = ffi.Library('libc', { system: ['int', ['string']] })",
      errors: [{ messageId: 'ffi' }],
    },
    { code: "import koffi from 'koffi'; const lib = koffi.load('libc.so.6')", errors: [{ messageId: 'ffi' }] },
    { code: "import { dlopen } from 'bun:ffi'; dlopen('libsqlite3.so', {})", errors: [{ messageId: 'ffi' }] },
    { code: "const { open } = require('ffi-rs'); open({ library: 'libc', path: '' })", errors: [{ messageId: 'ffi' }] },
    {
      code: "import koffi from 'koffi'; const Point = koffi.struct('Point', { x: 'int' })",
      errors: [{ messageId: 'unfollowed', message: '`koffi` is imported: it gives JavaScript direct access to native code and memory.' }],
    },
    { code: "const ref = require('ref-napi'); ref.readPointer(buf, 0, 8)", errors: [{ messageId: 'unfollowed' }] },
    { code: "const ffi = require('ffi'); module.exports = ffi", errors: [{ messageId: 'unfollowed' }] },
    {
      code: "import v8 from 'v8'; v8.setFlagsFromString('--allow-natives-syntax')",
      errors: [{ messageId: 'v8flags', severity: 'medium' }],
    },
  ],
});
