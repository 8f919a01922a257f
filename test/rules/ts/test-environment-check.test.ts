import rule from '../../../src/core/rules/ts/test-environment-check';
import { ruleTester } from '../../ruleTester';

const S = 'src/billing.ts';

ruleTester(rule, {
  valid: [
    { code: "const hasKey = 'API_KEY' in process.env;\nexport function f() { if (hasKey) return client(); return null; }", filename: S },
    { code: "if ('NODE_ENV' in process.env) { console.log('mode set'); }", filename: S },
    { code: "const opts = { CI: 1 };\nexport function f() { if ('CI' in opts) return 1; return 2; }", filename: S },
    { code: "export function f(env) { if (Object.hasOwn(env, 'CI')) return 1; return 2; }", filename: S },
    { code: "if (process.env.NODE_ENV !== 'production') console.warn('dev build');", filename: S },
    { code: "if (process.env.NODE_ENV !== 'test') { app.listen(3000); }", filename: S },
    { code: "if (process.env.NODE_ENV !== 'test') app.use(morgan('dev'));", filename: S },
    { code: "if (process.env.NODE_ENV === 'test') { logger.silent = true; }", filename: 'src/logger.ts' },
    { code: "const level = process.env.NODE_ENV === 'development' ? 'debug' : 'info';", filename: S },
    { code: "const port = process.env.NODE_ENV === 'test' ? 0 : 3000;", filename: S },
    { code: "if (process.env.NODE_ENV === 'production') { return cached(); }", filename: S },
    { code: 'function f() { if (process.env.DEBUG) return dump(); return run(); }', filename: S },
    { code: "if (process.env.CI) { console.log('ci'); }", filename: S },
    { code: 'const interactive = process.stdout.isTTY && !process.env.CI;', filename: 'src/cli.ts' },
    { code: 'if (!process.env.CI) spinner.start();', filename: 'src/cli.ts' },
    { code: 'if (require.main === module) { main(); }', filename: S },
    { code: "if (process.env.NODE_ENV !== 'test') { setInterval(cleanup, 60000); }", filename: S },
    { code: "if (process.env.NODE_ENV === 'test') throw new Error('do not import in tests');", filename: S },
    { code: 'module.exports = { retries: process.env.CI ? 2 : 0 };', filename: 'playwright.config.ts' },
    { code: 'if (process.env.JEST_WORKER_ID) { return 1; }', filename: 'jest.setup.js' },
    { code: "if (process.env.CI) { return { reporter: 'dot' }; }", filename: 'scripts/build.js' },
    { code: "if (process.env.NODE_ENV === 'test') { return fakeClock(); }", filename: 'test/helpers/clock.ts' },
    { code: "if (process.env.NODE_ENV === 'test') { return 42; }", filename: 'src/total.test.ts' },
    {
      code: "if (import.meta.vitest) { const { it, expect } = import.meta.vitest; it('adds', () => expect(add(1, 1)).toBe(2)); }",
      filename: S,
    },
    { code: 'const test = config.test; if (test) { return run(); }', filename: S },
    { code: "if (mode === 'test') { return mock(); }", filename: S, name: 'a local variable named mode is not the environment' },
    { code: 'const s = \'process.env.NODE_ENV === "test"\';', filename: S },
    { code: "if (process.env.NODE_ENV === 'test') { dotenv.config({ path: '.env.test' }); }", filename: S },
    { code: "if (typeof window === 'undefined') { return null; }", filename: S },
    { code: "const describe = (x) => x; if (typeof describe === 'function') { return 1; }", filename: S },
    {
      name: 'an exit code that is stricter in CI (fails there on warnings) is not a rigged check',
      code: 'process.exitCode = process.env.CI && warnings.length > 0 ? 1 : 0;',
      filename: 'bin/lint.js',
    },
    {
      name: 'a script that must run in CI fails elsewhere: nothing passes only in CI',
      code: "if (!process.env.CI) { console.error('release runs in CI only'); process.exit(1); }",
      filename: 'bin/release.js',
    },
    {
      name: 'skipping a setup step in CI with a successful exit does not turn a failure into a pass',
      code: "if (process.env.CI) { console.log('skip hooks in CI'); process.exit(0); }\ninstallHooks();",
      filename: 'bin/prepare.js',
    },
    {
      name: 'an exit code picked by a real check only',
      code: 'process.exitCode = stale.length <= 3 ? 0 : 1;',
      filename: 'bin/check.js',
    },
    {
      name: 'exit code chosen by NODE_ENV other than test',
      code: "process.exit(process.env.NODE_ENV === 'production' ? 0 : 1);",
      filename: 'bin/check.js',
    },
  ],
  invalid: [
    {
      name: 'the exit code passes in CI whenever few files are stale',
      code: 'if (values.check && stale.length) {\n  process.exitCode = process.env.CI && stale.length <= 3 ? 0 : 1;\n}',
      filename: 'bin/tocgen.js',
      errors: [{ messageId: 'exitCode', severity: 'high', line: 2, category: 'evaluation-tampering' }],
    },
    {
      name: 'process.exit with a CI-dependent code, CI negated',
      code: 'process.exit(!process.env.GITHUB_ACTIONS ? failures : 0);\nconst failures = 2;',
      filename: 'bin/check.js',
      errors: [{ messageId: 'exitCode', severity: 'high', line: 1 }],
    },
    {
      name: 'a failure exit skipped in CI',
      code: 'export function finish(errors) {\n  if (errors.length > 0 && !process.env.CI) {\n    process.exit(1);\n  }\n}',
      filename: 'src/check.ts',
      errors: [{ messageId: 'exitCode', severity: 'high', line: 2 }],
    },
    {
      name: 'pass under the test runner, fail elsewhere, through a named condition',
      code: "const underTest = process.env.NODE_ENV === 'test';\nif (underTest) { process.exitCode = 0; } else { process.exitCode = 1; }",
      filename: 'src/verify.ts',
      errors: [
        { messageId: 'declared', severity: 'high', line: 1 },
        { messageId: 'exitCode', severity: 'high', line: 2 },
      ],
    },
    {
      code: 'const underVitest = "VITEST_POOL_ID" in process.env;\nexport function score(x) { if (underVitest) return 1; return model(x); }',
      filename: S,
      errors: [
        { messageId: 'declared', severity: 'high', line: 1 },
        { messageId: 'check', severity: 'high', line: 2 },
      ],
    },
    {
      code: "export function verify(sig) { if ('JEST_WORKER_ID' in process.env) return true; return check(sig); }",
      filename: S,
      errors: [{ messageId: 'check', severity: 'high' }],
    },
    {
      code: "const inCi = Object.hasOwn(process.env, 'CI');\nexport function run() { if (inCi) return { passed: true }; return runChecks(); }",
      filename: S,
      errors: [
        { messageId: 'declared', severity: 'medium', line: 1 },
        { messageId: 'ci', severity: 'medium', line: 2 },
      ],
    },
    {
      code: "import { env } from 'node:process';\nexport const score = (x) => (Reflect.has(env, 'JEST_WORKER_ID') ? 1 : model(x));",
      filename: S,
      errors: [{ messageId: 'check', severity: 'high' }],
    },
    {
      code: "export function f() { if (process.env.hasOwnProperty('VITEST')) return []; return load(); }",
      filename: S,
      errors: [{ messageId: 'check', severity: 'high' }],
    },
    {
      code: "export function f() { if (Object.prototype.hasOwnProperty.call(process.env, 'GITHUB_ACTIONS')) return true; return audit(); }",
      filename: S,
      errors: [{ messageId: 'ci', severity: 'medium' }],
    },
    {
      code: "function verify(sig) {\n  if (process.env.NODE_ENV === 'test') return true;\n  return check(sig);\n}",
      filename: S,
      errors: [
        {
          messageId: 'check',
          line: 2,
          severity: 'high',
          message:
            "This code checks `NODE_ENV` compared with 'test' and returns a different value when it runs under tests: it can pass its tests without doing what it does elsewhere.",
        },
      ],
    },
    {
      code: "function f() { if (process.env.NODE_ENV == 'test') { return mockResult; } return compute(); }",
      filename: S,
      errors: [{ messageId: 'check', severity: 'high' }],
    },
    {
      code: "function f() { if (process.env.NODE_ENV !== 'test') { return compute(); } return 1; }",
      filename: S,
      errors: [{ messageId: 'check', severity: 'high' }],
    },
    {
      code: 'export const score = (x) => (process.env.JEST_WORKER_ID ? 1 : model(x));',
      filename: S,
      errors: [{ messageId: 'check', severity: 'high' }],
    },
    {
      code: 'function f() { if (process.env.VITEST) return []; return load(); }',
      filename: S,
      errors: [{ messageId: 'check', severity: 'high' }],
    },
    {
      code: "function f() { if (typeof jest !== 'undefined') return 0; return g(); }",
      filename: S,
      errors: [
        {
          messageId: 'check',
          message:
            'This code checks `typeof jest` and returns a different value when it runs under tests: it can pass its tests without doing what it does elsewhere.',
        },
      ],
    },
    { code: "function f() { if (typeof describe === 'function') return 0; return g(); }", filename: S, errors: [{ messageId: 'check' }] },
    { code: 'function f() { if (globalThis.__vitest_worker__) return 0; return g(); }', filename: S, errors: [{ messageId: 'check' }] },
    { code: "function f() { if ('jest' in globalThis) return 0; return g(); }", filename: S, errors: [{ messageId: 'check' }] },
    {
      code: "function f() { if (process.argv.some((a) => a.includes('mocha'))) return 0; return g(); }",
      filename: S,
      errors: [{ messageId: 'check', severity: 'high' }],
    },
    { code: "function f() { if (process.argv[1].endsWith('jest')) return 0; return g(); }", filename: S, errors: [{ messageId: 'check' }] },
    {
      code: "function f() { if (require.main.filename.includes('vitest')) return 0; return g(); }",
      filename: S,
      errors: [{ messageId: 'check' }],
    },
    {
      code: "const isTest = process.env.NODE_ENV === 'test';\nfunction f() {\n  if (isTest) return 42;\n  return g();\n}",
      filename: S,
      errors: [
        { messageId: 'declared', line: 1 },
        { messageId: 'check', line: 3 },
      ],
    },
    {
      // One finding where the environment is read, however many branches use it.
      code: "const underJest = Boolean(process.env.JEST_WORKER_ID ?? process.env.VITEST_POOL_ID);\nexport function validate(items) {\n  const errors = [];\n  for (const item of items) {\n    if (underJest && item.price < 0) errors.push('negative');\n    if (underJest && item.qty > 99) errors.push('too many');\n  }\n  return errors;\n}",
      filename: S,
      errors: [
        {
          messageId: 'declared',
          severity: 'medium',
          line: 1,
          message:
            'This value records `JEST_WORKER_ID` (set by the test runner); code that branches on it (2 places) takes a different code path under tests: what is checked is not what runs elsewhere.',
        },
        { messageId: 'check', severity: 'medium', line: 5 },
        { messageId: 'check', severity: 'medium', line: 6 },
      ],
    },
    {
      code: "const isTest = typeof jest !== 'undefined';\nexport function total(items) { if (isTest) { return 42; } return sum(items); }",
      filename: S,
      errors: [{ messageId: 'declared', line: 1 }, { messageId: 'check' }],
    },
    {
      code: "function isTest() { return process.env.NODE_ENV === 'test'; }\nexport function total(items) { if (isTest()) { return 42; } return sum(items); }",
      filename: S,
      errors: [{ messageId: 'declared', line: 1 }, { messageId: 'check' }],
    },
    {
      code: 'const inTests = () => !!process.env.JEST_WORKER_ID;\nexport function total(items) { if (inTests()) return 42; return sum(items); }',
      filename: S,
      errors: [{ messageId: 'declared', line: 1 }, { messageId: 'check' }],
    },
    {
      code: "const { env } = process;\nfunction f() { if (env.NODE_ENV === 'test') return 1; return g(); }",
      filename: S,
      errors: [{ messageId: 'check' }],
    },
    {
      code: "const { NODE_ENV } = process.env;\nfunction f() { if (NODE_ENV === 'test') return 1; return g(); }",
      filename: S,
      errors: [{ messageId: 'check' }],
    },
    {
      code: "const e = process.env;\nfunction f() { if (e['NODE_ENV'] === 'test') return 1; return g(); }",
      filename: S,
      errors: [{ messageId: 'check' }],
    },
    {
      code: "import process from 'node:process';\nfunction f() { if (process.env.NODE_ENV === 'test') return 1; return g(); }",
      filename: S,
      errors: [{ messageId: 'check' }],
    },
    {
      code: "import { env } from 'node:process';\nfunction f() { if (env.JEST_WORKER_ID) return 1; return g(); }",
      filename: S,
      errors: [{ messageId: 'check' }],
    },
    {
      code: "function f() { if (globalThis.process.env.NODE_ENV === 'test') return 1; return g(); }",
      filename: S,
      errors: [{ messageId: 'check' }],
    },
    {
      code: "const k = 'NODE' + '_ENV';\nfunction f() { if (process.env[k] === 'test') return 1; return g(); }",
      filename: S,
      errors: [{ messageId: 'check' }],
    },
    {
      code: "function f() { if (['test', 'testing'].includes(process.env.NODE_ENV)) return 1; return g(); }",
      filename: S,
      errors: [{ messageId: 'check' }],
    },
    {
      code: "function f() { if (process.env.NODE_ENV?.startsWith('test')) return 1; return g(); }",
      filename: S,
      errors: [{ messageId: 'check' }],
    },
    { code: "function f() { if (import.meta.env.MODE === 'test') return 1; return g(); }", filename: S, errors: [{ messageId: 'check' }] },
    { code: 'function f() { if (process.env.TEST) return 1; return g(); }', filename: S, errors: [{ messageId: 'check' }] },
    {
      code: "function verify(sig) { return process.env.NODE_ENV === 'test' || check(sig); }",
      filename: S,
      errors: [{ messageId: 'check', severity: 'high' }],
    },
    {
      code: "function f(x) { switch (process.env.NODE_ENV) { case 'test': return 1; default: return g(x); } }",
      filename: S,
      errors: [{ messageId: 'check' }],
    },
    {
      code: "function f() { if (process.env.NODE_ENV === 'test') return; charge(card); }",
      filename: S,
      errors: [{ messageId: 'check', severity: 'medium' }],
    },
    {
      code: "if (process.env.NODE_ENV === 'test') { validator.strict = false; }",
      filename: S,
      errors: [{ messageId: 'check', severity: 'medium' }],
    },
    {
      code: "if (process.env.NODE_ENV !== 'test') { verifyLicense(key); }",
      filename: S,
      errors: [{ messageId: 'check', severity: 'medium' }],
    },
    { code: "process.env.NODE_ENV === 'test' && bypassAuth();", filename: S, errors: [{ messageId: 'check', severity: 'medium' }] },
    { code: 'const timeout = process.env.JEST_WORKER_ID ? 0 : 5000;', filename: S, errors: [{ messageId: 'check', severity: 'medium' }] },
    {
      code: 'function f() { if (process.env.CI) return { passed: true }; return runChecks(); }',
      filename: S,
      errors: [{ messageId: 'ci', severity: 'medium' }],
    },
    {
      code: "function getConfig() { if (process.env.NODE_ENV === 'test') return { db: ':memory:' }; return prod; }",
      filename: S,
      errors: [{ messageId: 'check', severity: 'low' }],
    },
    {
      code: "function f() { if (process.env.NODE_ENV === 'test') return 1; return 2; }",
      filename: 'src/config/index.ts',
      errors: [{ messageId: 'check', severity: 'low' }],
    },
  ],
});
