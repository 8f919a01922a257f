import rule from '../../../src/core/rules/text/preload-injection';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    {
      filename: 'scripts/run.js',
      code: "spawn('node', ['x.js'], { env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' } });\n",
    },
    { filename: 'README.md', code: 'Set `NODE_OPTIONS=--require ./otel.js` to enable tracing.\n' },
    { filename: 'src/env.ts', code: 'const preload = process.env.LD_PRELOAD === undefined;\n' },
    { filename: '.github/workflows/ci.yml', code: 'env:\n  NODE_OPTIONS: --enable-source-maps\n' },
    { filename: 'src/x.ts', code: "const opts = process.env.NODE_OPTIONS ?? '';\n" },
  ],
  invalid: [
    {
      filename: 'lib/completion.mjs',
      code: 'const hookLine = `export NODE_OPTIONS="--require ${hookPath}"`;\n',
      errors: [{ messageId: 'preload', line: 1, severity: 'high' }],
    },
    {
      filename: 'scripts/run.js',
      code: "spawn('node', ['x.js'], { env: { ...process.env, NODE_OPTIONS: '--import ./trace.mjs' } });\n",
      errors: [{ messageId: 'preload' }],
    },
    { filename: 'Dockerfile', code: 'FROM node:20\nENV LD_PRELOAD=/usr/lib/libhook.so\n', errors: [{ messageId: 'preload', line: 2 }] },
    { filename: 'setup.sh', code: 'echo \'export NODE_OPTIONS="-r /tmp/h.js"\' >> ~/.bashrc\n', errors: [{ messageId: 'preload' }] },
    { filename: 'app/run.py', code: 'env["LD_PRELOAD"] = "/tmp/libx.so"\n', errors: [{ messageId: 'preload' }] },
    {
      filename: 'test/setup.js',
      code: "process.env.NODE_OPTIONS = '--loader ./mock-loader.mjs';\n",
      errors: [{ messageId: 'preload', severity: 'medium' }],
    },
  ],
});
