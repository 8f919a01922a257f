import { defineTextRule } from '../../engine/rule';
import { DOC_FILES, settingMatches } from '../support/text-settings';

interface Setting {
  pattern: RegExp;
  what: string;
}

/**
 * Environment variables that load code into every process that inherits them. Each pattern starts
 * with the variable's name and has bounded gaps: linear on any input.
 */
const SETTINGS: readonly Setting[] = [
  {
    pattern:
      /(?<![\w-])NODE_OPTIONS["'`]?\]?[ \t]{0,4}(?::|=(?!=))[ \t]{0,4}["'`]?[^\n"'`]{0,80}?(?:--require|--import|--loader|--experimental-loader|(?<![\w-])-r)(?:[ \t=]|$)/g,
    what: 'every Node.js process started with this environment loads the given module first',
  },
  {
    pattern: /(?<![\w-])(?:LD_PRELOAD|LD_AUDIT|DYLD_INSERT_LIBRARIES)["'`]?\]?[ \t]{0,4}(?::|=(?!=))[ \t]{0,4}["'`]?[^\s"'`=]/g,
    what: 'every program started with this environment loads the given native library first',
  },
];

export default defineTextRule({
  meta: {
    id: 'text/preload-injection',
    category: 'sandbox-escape',
    severity: 'high',
    summary:
      'Code preloaded into other processes through the environment: `NODE_OPTIONS` with `--require`/`--import`/`--loader`, `LD_PRELOAD`, `DYLD_INSERT_LIBRARIES`, in code, scripts, shell profiles and configs.',
    why:
      'A preload runs before the program it is loaded into, in every process that inherits the variable: tests, builds, the ' +
      'editor, the reviewer’s own tools. Written into a shell profile, a CI file or a child environment it turns one change ' +
      'into code that runs everywhere, long after review.',
    incorrect: [
      { filename: 'lib/completion.mjs', code: 'const hookLine = `export NODE_OPTIONS="--require ${hookPath}"`;\n' },
      { filename: 'scripts/run.js', code: "spawn('node', ['x.js'], { env: { ...process.env, NODE_OPTIONS: '--import ./trace.mjs' } });\n" },
      { filename: 'Dockerfile', code: 'ENV LD_PRELOAD=/usr/lib/libhook.so\n' },
    ],
    correct: [
      {
        filename: 'scripts/run.js',
        code: "spawn('node', ['x.js'], { env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' } });\n",
      },
      { filename: 'README.md', code: 'Set `NODE_OPTIONS=--require ./otel.js` to enable tracing.\n' },
      { filename: 'src/env.ts', code: 'const preload = process.env.LD_PRELOAD === undefined;\n' },
    ],
    messages: {
      preload: '`{{code}}`: {{what}}. Preloaded code runs before anything a reviewer reads.',
    },
  },
  check(ctx) {
    if (DOC_FILES.test(ctx.path)) {
      return;
    }
    for (const setting of SETTINGS) {
      for (const m of settingMatches(setting.pattern, ctx.text, 100)) {
        const code = m[0].replace(/\s+/g, ' ');
        ctx.report({
          start: m.index,
          end: m.index + m[0].length,
          messageId: 'preload',
          data: { code: code.length > 80 ? `${code.slice(0, 77)}...` : code, what: setting.what },
          severity: ctx.isTestFile ? 'medium' : 'high',
        });
      }
    }
  },
});
