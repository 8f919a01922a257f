import rule from '../../../src/core/rules/ts/dynamic-import';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'template._compile();',
    'parser._compile(rule);',
    "const fs = require('fs')",
    "const fs = require('node:fs')",
    "import fs from 'fs'",
    "const mod = await import('./feature.js')",
    "const p = require.resolve('pkg')",
    'const p = require.resolve(name)',
    "const name = 'lodash'; require(name)",
    "const base = 'lod'; require(base + 'ash')",
    "require(`./${'locale'}.json`)",
    "const path = require('path'); require(path.join(__dirname, 'package.json'))",
    "import path from 'node:path'; const pkg = require(path.resolve(__dirname, '..', 'package.json'))",
    "const cfg = await import(new URL('./config.js', import.meta.url).href)",
    "import { createRequire } from 'module'; const require2 = createRequire(import.meta.url); require2('./data.json')",
    'function load(require) { return require(name) }',
    'const loader = { require: (x) => x }; loader.require(name)',
    "import Module from 'module'; Module.builtinModules.includes(name)",
    "const s = 'require(x)'",
    'db.load(name)',
    "importScripts('/sw-helpers.js')",
    "const M = require('module'); M.prototype.require.call(module, './local.js')",
  ],
  invalid: [
    {
      code: "loaders['.ts'] = function (mod, filename) { mod._compile(strip(read(filename)), filename); };",
      errors: [{ messageId: 'compile' }],
    },
    {
      code: 'const plugin = require(name)',
      errors: [
        {
          messageId: 'dynamic',
          severity: 'high',
          message: '`require` loads a module named at run time (`name`): whatever that value names runs as code.',
        },
      ],
    },
    { code: 'function load(p) { return require(p) }', errors: [{ messageId: 'dynamic' }] },
    {
      code: 'const m = await import(spec)',
      errors: [
        { messageId: 'dynamic', message: '`import()` loads a module named at run time (`spec`): whatever that value names runs as code.' },
      ],
    },
    { code: 'import(`${base}/plugin.js`)', errors: [{ messageId: 'dynamic' }] },
    { code: "import { pathToFileURL } from 'url'; await import(pathToFileURL(configPath).href)", errors: [{ messageId: 'dynamic' }] },
    { code: "const path = require('path'); require(path.join(process.cwd(), 'plugin.js'))", errors: [{ messageId: 'dynamic' }] },
    {
      code: 'const messages = await import(`./locales/${lang}.json`)',
      errors: [
        {
          messageId: 'scoped',
          severity: 'medium',
          message: '`import()` loads a module chosen at run time from `./locales/` (`./locales/${lang}.json`).',
        },
      ],
    },
    { code: "require('./plugins/' + name)", errors: [{ messageId: 'scoped', severity: 'medium' }] },
    {
      code: "const path = require('path'); require(path.join(__dirname, 'commands', cmd))",
      errors: [{ messageId: 'scoped', severity: 'medium' }],
    },
    { code: 'require(`./${name}`)', errors: [{ messageId: 'dynamic', severity: 'high' }] },
    // aliases of require
    { code: 'const r = require; r(name)', errors: [{ messageId: 'dynamic' }] },
    { code: 'module.require(name)', errors: [{ messageId: 'dynamic' }] },
    { code: 'const { require: load } = module; load(name)', errors: [{ messageId: 'dynamic' }] },
    { code: 'require?.(name)', errors: [{ messageId: 'dynamic' }] },
    { code: "require(['./a', name].join('/'))", errors: [{ messageId: 'dynamic' }] },
    { code: 'require.main.require(name)', errors: [{ messageId: 'dynamic' }] },
    { code: 'process.mainModule.require(name)', errors: [{ messageId: 'dynamic' }] },
    { code: "import { createRequire } from 'module'; createRequire(import.meta.url)(name)", errors: [{ messageId: 'dynamic' }] },
    {
      code: "import { createRequire } from 'node:module'; const req = createRequire(__filename); req(spec)",
      errors: [{ messageId: 'dynamic' }],
    },
    { code: 'globalThis.require(name)', errors: [{ messageId: 'dynamic' }] },
    { code: "global['req' + 'uire'](name)", errors: [{ messageId: 'dynamic' }] },
    { code: 'require.call(null, name)', errors: [{ messageId: 'dynamic' }] },
    { code: 'Reflect.apply(require, null, [name])', errors: [{ messageId: 'dynamic' }] },
    { code: 'const load = require.bind(null); load(name)', errors: [{ messageId: 'dynamic' }] },
    { code: '(0, require)(name)', errors: [{ messageId: 'dynamic' }] },
    { code: '__non_webpack_require__(name)', errors: [{ messageId: 'dynamic' }] },
    { code: 'function getReq() { return require } getReq()(name)', errors: [{ messageId: 'dynamic' }] },
    // code URLs
    {
      code: 'await import(`data:text/javascript,${src}`)',
      errors: [{ messageId: 'codeUrl', severity: 'high', message: '`import()` of a `data:` URL: the specifier is the code itself.' }],
    },
    { code: "await import('data:text/javascript;base64,Y29uc29sZS5sb2coMSk=')", errors: [{ messageId: 'codeUrl' }] },
    { code: "await import('data:text/javascript,' + encodeURIComponent(code))", errors: [{ messageId: 'codeUrl' }] },
    {
      code: "await import('blob:' + id)",
      errors: [{ messageId: 'codeUrl', message: '`import()` of a `blob:` URL: the specifier is the code itself.' }],
    },
    { code: 'await import(URL.createObjectURL(blob))', errors: [{ messageId: 'dynamic' }] },
    // loader internals
    {
      code: "require('module')._load(x)",
      errors: [
        {
          messageId: 'loader',
          message: "`Module._load` is Node's internal module loader, used to load modules past the normal `require` and its hooks.",
        },
      ],
    },
    { code: "const Module = require('module'); Module._load('child_process', null, false)", errors: [{ messageId: 'loader' }] },
    { code: "import { Module } from 'module'; Module._load(x)", errors: [{ messageId: 'loader' }] },
    { code: 'module.constructor._load(name)', errors: [{ messageId: 'loader' }] },
    {
      code: "const M = require('module'); M.prototype.require.call(module, name)",
      errors: [
        {
          messageId: 'dynamic',
          message: '`Module.prototype.require` loads a module named at run time (`name`): whatever that value names runs as code.',
        },
      ],
    },
    { code: 'const Mod = module.constructor; new Mod().require(name)', errors: [{ messageId: 'dynamic' }] },
    {
      code: "const M = require('module'); M._extensions['.js'](mod, file)",
      errors: [
        {
          messageId: 'loader',
          message:
            "`Module._extensions['.js']` is Node's internal module loader, used to load modules past the normal `require` and its hooks.",
        },
      ],
    },
    { code: "require.extensions['.js'](mod, file)", errors: [{ messageId: 'loader' }] },
    {
      code: 'module._compile(code, file)',
      errors: [{ messageId: 'compile', message: '`module._compile` compiles a string as a module: code that exists only at run time.' }],
    },
    { code: "const Module = require('module'); const m = new Module(file); m._compile(src, file)", errors: [{ messageId: 'compile' }] },
    { code: "const Module = require('module'); Module.prototype._compile.call(m, src, file)", errors: [{ messageId: 'compile' }] },
    { code: "require('node:module').Module.prototype['_comp' + 'ile'].call(m, src)", errors: [{ messageId: 'compile' }] },
    { code: 'importScripts(url)', errors: [{ messageId: 'dynamic' }] },
  ],
});
