import rule from '../../../src/core/rules/ts/confusable-identifier';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'const имя = "Иван";\nconst счётчик = 0;',
    'const 名前 = "太郎"; console.log(名前);',
    'const Δt = now - start;',
    'const λmax = 2; const σ2 = 1;',
    "const café = 'naïve'; const señor = 1;",
    "const user = { 'имя': 'Иван' };",
    "const greeting = 'Привет, мир';",
    "const label = 'раypal';",
    "obj['exec'](x);",
    'const userИмя = 1;',
    'const Ελληνικά = 1;',
    'const ω = 2 * Math.PI * f;',
  ],
  invalid: [
    {
      name: 'an impostor of a function in the same file',
      code: 'const іsAdmin = () => true;\nfunction isAdmin(user) { return user.role === "admin"; }\nif (іsAdmin(u)) grant();',
      errors: [
        {
          messageId: 'lookalike',
          severity: 'high',
          line: 1,
          message:
            '`іsAdmin` reads as `isAdmin`, a name used elsewhere in this file, but is spelled with Cyrillic і (U+0456): it is a different name that looks the same.',
        },
        { messageId: 'lookalike', line: 3 },
      ],
    },
    {
      code: 'function еval(s) { return run(s); }\nеval(code);',
      errors: [
        { messageId: 'lookalike', severity: 'high', line: 1 },
        { messageId: 'lookalike', severity: 'high', line: 2 },
      ],
    },
    { code: 'const rеquire = (m) => load(m);', errors: [{ messageId: 'lookalike' }] },
    { code: 'procеss.exit(0);', errors: [{ messageId: 'lookalike' }] },
    { code: "const key = obj['еxec'];", errors: [{ messageId: 'lookalike', severity: 'high' }] },
    { code: "const o = { 'isАdmin': true };", errors: [{ messageId: 'lookalike' }] },
    { code: 'class A { isАdmin() { return true; } }', errors: [{ messageId: 'lookalike' }] },
    { code: "const cp = require('сhild_process');", errors: [{ messageId: 'lookalike' }] },
    { code: "import x from 'ехpress';\nimport y from 'express';", errors: [{ messageId: 'lookalike' }] },
    {
      code: 'const раypal = 1;',
      errors: [
        {
          messageId: 'mixed',
          severity: 'medium',
          message:
            '`раypal` mixes Latin with lookalike Cyrillic letters (Cyrillic р (U+0440), Cyrillic а (U+0430)): it reads as `paypal` but is a different name.',
        },
      ],
    },
    { code: 'const tοtal = 1;', errors: [{ messageId: 'mixed' }] },
    { code: 'const ｅｖａｌ = 1;', errors: [{ messageId: 'lookalike' }] },
    {
      name: 'a name entirely in Cyrillic that spells an ASCII one in the file',
      code: 'const ехес = 1; const exec = 2;',
      errors: [{ messageId: 'lookalike' }],
    },
    { code: 'this.#tоken = t;', errors: [{ messageId: 'lookalike' }] },
    { filename: 'src/a.tsx', code: 'const x = <Вutton />;\nconst Button = () => null;', errors: [{ messageId: 'lookalike' }] },
    { code: 'const config = { passwоrd: "x" };', errors: [{ messageId: 'lookalike' }] },
  ],
});
