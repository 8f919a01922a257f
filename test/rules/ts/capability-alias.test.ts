import * as assert from 'node:assert/strict';
import rule from '../../../src/core/rules/ts/capability-alias';
import { RULES } from '../../../src/core/rules/index';
import { analyzeText } from '../../../src/core/engine/analyze';
import { ruleTester } from '../../ruleTester';

const CP = "const cp = require('child_process');\n";

ruleTester(rule, {
  valid: [
    // Data read from a response is a value, not the network capability renamed.
    [
      "const tokenRes = await fetch('https://example.com/token', { method: 'POST' });",
      'const { access_token: accessToken } = (await tokenRes.json()) as { access_token?: string };',
    ].join('\n'),
    "import axios from 'axios'; const res = await axios.get(url); const { items: rows } = res.data;",
    "const { spawn } = require('child_process');",
    "const { spawn: run } = require('child_process');",
    `${CP}const { spawn } = cp;`,
    'const log = console.log;',
    'const hasOwn = Object.prototype.hasOwnProperty;',
    'const slice = Array.prototype.slice;',
    "const path = require('path');\nconst j = path.join;",
    'const table = { run: (x) => x };',
    'const handlers = [onOpen, onClose];',
    "const value = process.env['KEY'];",
    "import { exec } from 'child_process';\nexport { exec };",
    "export { exec as run } from 'child_process';",
    'const t = setTimeout;',
    'const timer = setTimeout(tick, 1000);',
    "const server = require('http').createServer(handler);",
    'const socket = new WebSocket(url);',
    "const pending = { timer: setTimeout(() => reject(new Error('timeout')), ms) };",
  ],
  invalid: [
    {
      code: `${CP}const { spawn: openWith } = cp;`,
      errors: [
        {
          messageId: 'renamed',
          line: 2,
          message: '`child_process.spawn` is given the name `openWith`: calls to `openWith` can start processes or threads.',
        },
      ],
    },
    { code: 'const run = eval;', errors: [{ messageId: 'renamed' }] },
    { code: 'const F = Function;', errors: [{ messageId: 'renamed' }] },
    { code: 'const r = require;', errors: [{ messageId: 'renamed' }] },
    { code: `${CP}const launch = Reflect.get(cp, 'sp' + 'awn');`, errors: [{ messageId: 'reached', line: 2 }] },
    { code: "const loader = Reflect.get(process, ['dl', 'open'].join(''));", errors: [{ messageId: 'reached' }] },
    { code: 'const shared = Reflect.getPrototypeOf({});', errors: [{ messageId: 'reached' }] },
    { code: 'const shared = Object.getPrototypeOf({});', errors: [{ messageId: 'reached' }] },
    { code: 'const proto = Object.prototype;', errors: [{ messageId: 'renamed' }] },
    { code: `${CP}const table = { run: cp.exec };`, errors: [{ messageId: 'stored' }] },
    {
      name: 'one finding per line and category',
      code: `${CP}const fns = [cp.spawn, cp.exec];`,
      errors: [{ messageId: 'stored', column: 14 }],
    },
    { code: "import { exec } from 'child_process';\nexport { exec as run };", errors: [{ messageId: 'renamed', line: 2 }] },
    { code: "import * as net from 'net';\nconst connect = net.createConnection;", errors: [{ messageId: 'renamed', line: 2 }] },
    { code: 'const send = navigator.sendBeacon.bind(navigator);', errors: [{ messageId: 'renamed' }] },
    { code: "const { [atob('ZXhlYw==')]: go } = await import('node:child_process').then((m) => m);", errors: [{ messageId: 'renamed' }] },
  ],
});

describe('ts/capability-alias with the other rules', () => {
  it('gives way to the specific finding on the same line: one per category', () => {
    const findings = analyzeText('a.js', "const e = globalThis['ev' + 'al'];", { rules: RULES, mode: 'scan' }).findings;
    assert.deepEqual(
      findings.map((f) => `${f.ruleId} ${f.category}`),
      ['ts/capability-alias dynamic-code', 'ts/hidden-string obfuscation'],
    );
  });
});
