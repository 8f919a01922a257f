import * as assert from 'node:assert/strict';
import rule from '../../../src/core/rules/ts/computed-name';
import { RULES } from '../../../src/core/rules/index';
import { analyzeText } from '../../../src/core/engine/analyze';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'function dispatch(handlers, method, arg) { return handlers[method](arg); }',
    'const hasFetch = typeof globalThis[name] === "function";',
    "const v = obj['na' + 'me'];",
    'const first = items[index];',
    "const cp = require('child_process'); cp['exec']('ls');",
    "const mod = require('./locales/' + 'en');",
    'const { [key]: value } = config;',
    'const value = process.env[name];',
    "const value = process.env['API_' + 'KEY'];",
    "const x = window[`on${'load'}`];",
    'const handler = handlers[event.type];',
    "const m = require('pa' + 'th');",
  ],
  invalid: [
    {
      code: "const run = globalThis['ev' + 'al'];",
      errors: [
        {
          messageId: 'member',
          message: "`eval` is reached through a computed name (`globalThis['ev' + 'al']`): this code can run code built at run time.",
        },
      ],
    },
    { code: "const { [atob('ZXhlYw==')]: run } = require('child_process');", errors: [{ messageId: 'member' }] },
    { code: "const cp = require(['child', 'process'].join('_'));", errors: [{ messageId: 'specifier' }] },
    {
      code: 'function dispatch(method, arg) {\n  return globalThis[method](arg);\n}',
      errors: [{ messageId: 'globalCall', line: 2, category: 'dynamic-code' }],
    },
    { code: 'const run = (name, s) => window[name.trim()](s);', errors: [{ messageId: 'globalCall', category: 'dynamic-code' }] },
    { code: "const net = module.require('n' + 'et');", errors: [{ messageId: 'specifier' }] },
    { code: "const sh = require(`shell${'js'}`);", errors: [{ messageId: 'specifier' }] },
    { code: "const m = await import('node:' + 'vm');", errors: [{ messageId: 'specifier' }] },
    { code: "const Xhr = (window as any)['XMLHttp' + 'Request'];", errors: [{ messageId: 'member' }] },
    { code: "const schedule = (window as unknown as Record<string, Function>)['set' + 'Timeout'];", errors: [{ messageId: 'member' }] },
    { code: "const F = [].filter['constr' + 'uctor'];", errors: [{ messageId: 'member' }] },
    { code: "const k = 'spawn'; const cp = require('child_process'); const f = cp[k];", errors: [{ messageId: 'member' }] },
    { code: "const cp = require('child_process'); const f = cp[process.argv[2]];", errors: [{ messageId: 'member' }] },
    { code: 'const b = process[String.fromCharCode(98, 105, 110, 100, 105, 110, 103)];', errors: [{ messageId: 'member' }] },
    { code: "const send = navigator['send' + 'Beacon'];", errors: [{ messageId: 'member' }] },
  ],
});

describe('ts/computed-name with the other rules', () => {
  it('yields to a specific finding in the same category on the same line', () => {
    const findings = analyzeText('a.js', "globalThis['ev' + 'al'](code)", { rules: RULES, mode: 'scan' }).findings;
    // The disguise itself is obfuscation, a category of its own.
    assert.deepEqual(
      findings.map((f) => `${f.ruleId} ${f.category}`),
      ['ts/eval dynamic-code', 'ts/hidden-string obfuscation'],
    );
  });
});
