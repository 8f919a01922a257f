import rule from '../../../src/core/rules/diff/test-config-weakened';
import { added, deleted, modified, renamed } from '../../../src/core/rules/support/changes';
import { diffRuleTester } from '../../ruleTester';

const jest = (body: string): string => `module.exports = {\n${body}\n};\n`;
const vitest = (body: string): string =>
  `import { defineConfig } from 'vitest/config';\nexport default defineConfig({\n  test: {\n${body}\n  },\n});\n`;
const pkg = (value: object): string => `${JSON.stringify(value, null, 2)}\n`;
const tsconfig = (options: object, rest: object = {}): string => `${JSON.stringify({ compilerOptions: options, ...rest }, null, 2)}\n`;

diffRuleTester(rule, {
  valid: [
    // Raising the bar, or unrelated edits, is fine.
    {
      name: 'jest threshold raised',
      change: modified(
        'jest.config.js',
        jest('coverageThreshold: { global: { lines: 80 } },'),
        jest('coverageThreshold: { global: { lines: 90 } },'),
      ),
    },
    {
      name: 'jest unrelated option',
      change: modified('jest.config.js', jest("testEnvironment: 'node',"), jest("testEnvironment: 'jsdom',")),
    },
    {
      name: 'jest ignores node_modules',
      change: modified(
        'jest.config.ts',
        jest("testPathIgnorePatterns: ['/x/'],"),
        jest("testPathIgnorePatterns: ['/x/', '/node_modules/', '<rootDir>/dist/'],"),
      ),
    },
    {
      name: 'jest testMatch widened',
      change: modified('jest.config.js', jest("testMatch: ['**/*.test.ts'],"), jest("testMatch: ['**/*.test.ts', '**/*.spec.ts'],")),
    },
    {
      name: 'tsconfig strict turned on',
      change: modified('tsconfig.json', tsconfig({ strict: false }), tsconfig({ strict: true, skipLibCheck: true })),
    },
    {
      name: 'tsconfig skipLibCheck added',
      change: modified('tsconfig.json', tsconfig({ strict: true }), tsconfig({ strict: true, skipLibCheck: true })),
    },
    {
      name: 'tsconfig excludes dist',
      change: modified(
        'tsconfig.json',
        tsconfig({}, { exclude: ['node_modules'] }),
        tsconfig({}, { exclude: ['node_modules', 'dist', 'coverage'] }),
      ),
    },
    {
      name: 'tsconfig with comments unchanged semantics',
      change: modified(
        'tsconfig.json',
        '{\n  // base\n  "compilerOptions": { "strict": true },\n}\n',
        '{\n  // base config\n  "compilerOptions": { "strict": true, "target": "es2022" },\n}\n',
      ),
    },
    {
      name: 'package.json dependency bump',
      change: modified(
        'package.json',
        pkg({ scripts: { test: 'jest' }, dependencies: { a: '1' } }),
        pkg({ scripts: { test: 'jest' }, dependencies: { a: '2' } }),
      ),
    },
    {
      name: 'test script gains coverage',
      change: modified('package.json', pkg({ scripts: { test: 'jest' } }), pkg({ scripts: { test: 'jest --coverage' } })),
    },
    {
      name: 'default npm test replaced by a runner',
      change: modified(
        'package.json',
        pkg({ scripts: { test: 'echo "Error: no test specified" && exit 1' } }),
        pkg({ scripts: { test: 'vitest run' } }),
      ),
    },
    {
      name: 'build script changed (not a check)',
      change: modified('package.json', pkg({ scripts: { build: 'webpack' } }), pkg({ scripts: { build: 'webpack || true' } })),
    },
    {
      name: 'max-warnings lowered',
      change: modified(
        'package.json',
        pkg({ scripts: { lint: 'eslint . --max-warnings 10' } }),
        pkg({ scripts: { lint: 'eslint . --max-warnings 0' } }),
      ),
    },
    {
      name: 'eslint rule made stricter',
      change: modified('.eslintrc.json', pkg({ rules: { 'no-console': 'warn' } }), pkg({ rules: { 'no-console': 'error' } })),
    },
    { name: 'eslint new rule as warn', change: modified('.eslintrc.json', pkg({ rules: {} }), pkg({ rules: { 'no-console': 'warn' } })) },
    {
      name: 'flat eslint ignores dist',
      change: modified(
        'eslint.config.mjs',
        "export default [{ ignores: ['node_modules/'] }];\n",
        "export default [{ ignores: ['node_modules/', 'dist/'] }];\n",
      ),
    },
    {
      name: 'pyproject coverage raised',
      change: modified('pyproject.toml', '[tool.coverage.report]\nfail_under = 80\n', '[tool.coverage.report]\nfail_under = 85\n'),
    },
    {
      name: 'pyproject unrelated tool',
      change: modified('pyproject.toml', '[tool.black]\nline-length = 88\n', '[tool.black]\nline-length = 100\n'),
    },
    { name: 'ruff select widened', change: modified('ruff.toml', 'select = ["E", "F"]\n', 'select = ["E", "F", "S"]\n') },
    { name: 'pytest addopts gains -ra', change: modified('pytest.ini', '[pytest]\naddopts = -q\n', '[pytest]\naddopts = -q -ra\n') },
    { name: 'mypy strict turned on', change: modified('mypy.ini', '[mypy]\nstrict = False\n', '[mypy]\nstrict = True\n') },
    { name: 'new config file (no before)', change: added('jest.config.js', jest('passWithNoTests: true,')) },
    { name: 'unrelated file', change: modified('src/config.ts', 'export const strict = true;\n', 'export const strict = false;\n') },
    {
      name: 'mocha retries lowered',
      change: modified('.mocharc.yml', 'spec: test/**/*.test.ts\nretries: 3\n', 'spec: test/**/*.test.ts\nretries: 1\n'),
    },
    { name: 'eslintignore gains build output', change: modified('.eslintignore', 'node_modules\n', 'node_modules\ndist/\n# comment\n') },
    {
      name: 'js config not statically readable',
      change: modified('jest.config.js', "module.exports = require('./base');\n", "module.exports = require('./other');\n"),
    },
    {
      name: 'coverage section in setup.cfg untouched',
      change: modified(
        'setup.cfg',
        '[coverage:report]\nfail_under = 90\n[metadata]\nname = a\n',
        '[coverage:report]\nfail_under = 90\n[metadata]\nname = b\n',
      ),
    },
  ],
  invalid: [
    // Jest.
    {
      name: 'jest threshold lowered',
      change: modified(
        'jest.config.js',
        jest('  coverageThreshold: {\n    global: { lines: 90, branches: 80 },\n  },'),
        jest('  coverageThreshold: {\n    global: { lines: 50, branches: 80 },\n  },'),
      ),
      errors: [
        {
          messageId: 'lowered',
          line: 3,
          severity: 'medium',
          message:
            'Jest coverage threshold `coverageThreshold.global.lines` lowered from 90 to 50 in `jest.config.js`: the bar the change has to clear is lower.',
        },
      ],
    },
    {
      name: 'jest threshold removed',
      change: modified(
        'jest.config.ts',
        jest('  coverageThreshold: { global: { lines: 90 } },\n  verbose: true,'),
        jest('  verbose: true,'),
      ),
      errors: [{ messageId: 'unset', side: 'removed', line: 2 }],
    },
    {
      name: 'jest testPathIgnorePatterns gains a test path',
      change: modified(
        'jest.config.js',
        jest("  testPathIgnorePatterns: ['/node_modules/'],"),
        jest("  testPathIgnorePatterns: [\n    '/node_modules/',\n    '<rootDir>/test/auth/',\n  ],"),
      ),
      errors: [{ messageId: 'added', line: 4 }],
    },
    {
      name: 'jest coveragePathIgnorePatterns',
      change: modified('jest.config.mjs', 'export default {};\n', "export default { coveragePathIgnorePatterns: ['src/payments'] };\n"),
      errors: [{ messageId: 'added' }],
    },
    {
      name: 'jest passWithNoTests',
      change: modified('jest.config.js', jest('verbose: true,'), jest('verbose: true,\npassWithNoTests: true,')),
      errors: [{ messageId: 'enabled', line: 3 }],
    },
    {
      name: 'jest bail (low)',
      change: modified('jest.config.js', jest('verbose: true,'), jest('verbose: true, bail: 1,')),
      errors: [{ messageId: 'enabled', severity: 'low' }],
    },
    {
      name: 'jest testMatch narrowed',
      change: modified('jest.config.js', jest("testMatch: ['**/*.test.ts', '**/*.spec.ts'],"), jest("testMatch: ['**/*.test.ts'],")),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'jest.config.json',
      change: modified(
        'jest.config.json',
        pkg({ coverageThreshold: { global: { statements: 95 } } }),
        pkg({ coverageThreshold: { global: { statements: 70 } } }),
      ),
      errors: [{ messageId: 'lowered', line: 4 }],
    },
    {
      name: 'jest in package.json',
      change: modified(
        'package.json',
        pkg({ jest: { coverageThreshold: { global: { functions: 90 } } } }),
        pkg({ jest: { coverageThreshold: { global: { functions: 10 } } } }),
      ),
      errors: [{ messageId: 'lowered' }],
    },
    {
      name: 'jest config through a const and export default',
      change: modified(
        'jest.config.ts',
        'const config = { coverageThreshold: { global: { lines: 90 } } };\nexport default config;\n',
        'const config = { coverageThreshold: { global: { lines: 0 } } };\nexport default config;\n',
      ),
      errors: [{ messageId: 'lowered' }],
    },
    {
      name: 'jest config with satisfies and spread base',
      change: modified(
        'jest.config.ts',
        "const base = { passWithNoTests: false };\nexport default { ...base, testMatch: ['**/*.test.ts'] } satisfies Config;\n",
        "const base = { passWithNoTests: true };\nexport default { ...base, testMatch: ['**/*.test.ts'] } satisfies Config;\n",
      ),
      errors: [{ messageId: 'enabled' }],
    },
    // Vitest.
    {
      name: 'vitest thresholds lowered',
      change: modified(
        'vitest.config.ts',
        vitest('    coverage: { thresholds: { lines: 90 } },'),
        vitest('    coverage: { thresholds: { lines: 40 } },'),
      ),
      errors: [{ messageId: 'lowered', line: 4 }],
    },
    {
      name: 'vitest exclude gains a test dir',
      change: modified(
        'vite.config.ts',
        vitest("    exclude: ['node_modules'],"),
        vitest("    exclude: ['node_modules', 'test/integration/**'],"),
      ),
      errors: [{ messageId: 'added' }],
    },
    {
      name: 'vitest passWithNoTests',
      change: modified('vitest.config.mts', vitest('    globals: true,'), vitest('    globals: true,\n    passWithNoTests: true,')),
      errors: [{ messageId: 'enabled' }],
    },
    {
      name: 'vitest allowOnly',
      change: modified('vitest.config.ts', vitest('    globals: true,'), vitest('    globals: true,\n    allowOnly: true,')),
      errors: [{ messageId: 'enabled' }],
    },
    {
      name: 'vitest defineConfig with a function',
      change: modified(
        'vitest.config.ts',
        'export default defineConfig(() => ({ test: { coverage: { branches: 80 } } }));\n',
        'export default defineConfig(() => ({ test: { coverage: { branches: 20 } } }));\n',
      ),
      errors: [{ messageId: 'lowered' }],
    },
    // Mocha.
    {
      name: 'mocharc spec narrowed',
      change: modified('.mocharc.json', pkg({ spec: ['test/**/*.test.ts'] }), pkg({ spec: ['test/unit/**/*.test.ts'] })),
      errors: [{ messageId: 'removed' }],
    },
    {
      name: 'mocharc forbid-only off',
      change: modified('.mocharc.yml', 'spec: test\nforbid-only: true\n', 'spec: test\nforbid-only: false\n'),
      errors: [{ messageId: 'disabled', line: 2 }],
    },
    {
      name: 'mocharc exclude added',
      change: modified('.mocharc.yaml', 'spec: test\n', 'spec: test\nexclude:\n  - test/slow/**\n'),
      errors: [{ messageId: 'added', line: 3 }],
    },
    {
      name: 'mocharc retries raised',
      change: modified('.mocharc.js', "module.exports = { spec: 'test' };\n", "module.exports = { spec: 'test', retries: 5 };\n"),
      errors: [{ messageId: 'raised' }],
    },
    // c8 / nyc.
    {
      name: 'nycrc check-coverage off',
      change: modified('.nycrc', pkg({ 'check-coverage': true, lines: 90 }), pkg({ 'check-coverage': false, lines: 90 })),
      errors: [{ messageId: 'disabled' }],
    },
    {
      name: 'c8rc lines lowered',
      change: modified('.c8rc.json', pkg({ lines: 90, exclude: [] }), pkg({ lines: 60, exclude: ['src/legacy/**'] })),
      errors: [{ messageId: 'lowered' }, { messageId: 'added' }],
    },
    {
      name: 'nyc in package.json',
      change: modified('package.json', pkg({ nyc: { branches: 80 } }), pkg({ nyc: { branches: 79 } })),
      errors: [{ messageId: 'lowered' }],
    },
    // ESLint.
    {
      name: 'eslintrc rule off',
      change: modified('.eslintrc.json', pkg({ rules: { 'no-console': 'error' } }), pkg({ rules: { 'no-console': 'off' } })),
      errors: [
        {
          messageId: 'ruleWeakened',
          severity: 'medium',
          message: 'ESLint rule `no-console` weakened from error to off for all files in `.eslintrc.json`.',
        },
      ],
    },
    {
      name: 'eslintrc security rule to warn',
      change: modified(
        '.eslintrc.js',
        "module.exports = { rules: { 'no-eval': 2 } };\n",
        "module.exports = { rules: { 'no-eval': 1 } };\n",
      ),
      errors: [{ messageId: 'ruleWeakened', severity: 'high' }],
    },
    {
      name: 'eslintrc yaml rule array off',
      change: modified('.eslintrc.yml', 'rules:\n  eqeqeq: [error, always]\n', 'rules:\n  eqeqeq: [off, always]\n'),
      errors: [{ messageId: 'ruleWeakened', line: 2 }],
    },
    {
      name: 'eslintrc ignorePatterns',
      change: modified('.eslintrc.json', pkg({ ignorePatterns: [] }), pkg({ ignorePatterns: ['src/generated-by-me/**'] })),
      errors: [{ messageId: 'eslintIgnored' }],
    },
    {
      name: 'eslintConfig in package.json',
      change: modified(
        'package.json',
        pkg({ eslintConfig: { rules: { curly: 'error' } } }),
        pkg({ eslintConfig: { rules: { curly: 'off' } } }),
      ),
      errors: [{ messageId: 'ruleWeakened' }],
    },
    {
      name: 'flat config rule newly off',
      change: modified(
        'eslint.config.mjs',
        "export default tseslint.config(js.configs.recommended, {\n  rules: { eqeqeq: 'error' },\n});\n",
        "export default tseslint.config(js.configs.recommended, {\n  rules: { eqeqeq: 'error', '@typescript-eslint/no-floating-promises': 'off' },\n});\n",
      ),
      errors: [{ messageId: 'ruleWeakened', severity: 'high', line: 2 }],
    },
    {
      name: 'flat config off for tests only (low)',
      change: modified(
        'eslint.config.js',
        "export default [{ files: ['**/*.test.ts'], rules: {} }];\n",
        "export default [{ files: ['**/*.test.ts'], rules: { 'no-unused-expressions': 'off' } }];\n",
      ),
      errors: [{ messageId: 'ruleWeakened', severity: 'low' }],
    },
    {
      name: 'flat config global ignores',
      change: modified(
        'eslint.config.mjs',
        "export default [{ ignores: ['dist/'] }];\n",
        "export default [{ ignores: ['dist/', 'src/auth/**'] }];\n",
      ),
      errors: [{ messageId: 'eslintIgnored' }],
    },
    {
      name: 'flat config error rule removed',
      change: modified(
        'eslint.config.mjs',
        "export default [{ rules: { 'no-eval': 'error', curly: 'error' } }];\n",
        "export default [{ rules: { curly: 'error' } }];\n",
      ),
      errors: [{ messageId: 'ruleRemoved', side: 'removed', severity: 'low' }],
    },
    {
      name: 'eslintignore gains source path',
      change: modified('.eslintignore', 'node_modules\n', 'node_modules\nsrc/payments/\n'),
      errors: [{ messageId: 'ignoreFile', line: 2 }],
    },
    { name: 'semgrepignore gains path', change: modified('.semgrepignore', '', 'src/\n'), errors: [{ messageId: 'ignoreFile' }] },
    // tsconfig.
    {
      name: 'tsconfig strict off',
      change: modified('tsconfig.json', tsconfig({ strict: true }), tsconfig({ strict: false })),
      errors: [{ messageId: 'disabled', line: 3 }],
    },
    {
      name: 'tsconfig strict removed',
      change: modified('tsconfig.json', tsconfig({ strict: true, target: 'es2022' }), tsconfig({ target: 'es2022' })),
      errors: [{ messageId: 'unset', side: 'removed' }],
    },
    {
      name: 'tsconfig noImplicitAny false added',
      change: modified('tsconfig.build.json', tsconfig({ strict: true }), tsconfig({ strict: true, noImplicitAny: false })),
      errors: [{ messageId: 'disabled' }],
    },
    {
      name: 'tsconfig strictNullChecks off',
      change: modified('tsconfig.json', tsconfig({ strictNullChecks: true }), tsconfig({ strictNullChecks: false })),
      errors: [{ messageId: 'disabled' }],
    },
    {
      name: 'tsconfig noEmitOnError and checkJs off',
      change: modified(
        'jsconfig.json',
        tsconfig({ noEmitOnError: true, checkJs: true }),
        tsconfig({ noEmitOnError: false, checkJs: false }),
      ),
      errors: [{ messageId: 'disabled' }, { messageId: 'disabled' }],
    },
    {
      name: 'tsconfig exclude gains source',
      change: modified(
        'tsconfig.json',
        tsconfig({}, { exclude: ['node_modules'] }),
        tsconfig({}, { exclude: ['node_modules', 'src/legacy'] }),
      ),
      errors: [{ messageId: 'added' }],
    },
    {
      name: 'tsconfig jsonc with trailing comma',
      change: modified(
        'tsconfig.json',
        '{\n  "compilerOptions": {\n    "strict": true, // keep\n  },\n}\n',
        '{\n  "compilerOptions": {\n    "strict": false, // relax\n  },\n}\n',
      ),
      errors: [{ messageId: 'disabled', line: 3 }],
    },
    {
      name: 'tsconfig no longer parses',
      change: modified('tsconfig.json', tsconfig({ strict: true }), '{ "compilerOptions": { "strict": tru\n'),
      errors: [{ messageId: 'unparsable', severity: 'low' }],
    },
    // package.json scripts.
    {
      name: 'test script || true',
      change: modified('package.json', pkg({ scripts: { test: 'jest' } }), pkg({ scripts: { test: 'jest || true' } })),
      errors: [{ messageId: 'swallowed', severity: 'high', line: 3 }],
    },
    {
      name: 'test script replaced by echo',
      change: modified('package.json', pkg({ scripts: { test: 'vitest run' } }), pkg({ scripts: { test: 'echo "tests pass"' } })),
      errors: [{ messageId: 'noop', severity: 'high' }],
    },
    {
      name: 'test script exit 0',
      change: modified('package.json', pkg({ scripts: { 'test:unit': 'mocha' } }), pkg({ scripts: { 'test:unit': 'mocha; exit 0' } })),
      errors: [{ messageId: 'swallowed' }],
    },
    {
      name: 'test script passWithNoTests',
      change: modified('package.json', pkg({ scripts: { test: 'jest' } }), pkg({ scripts: { test: 'jest --passWithNoTests' } })),
      errors: [{ messageId: 'narrowed' }],
    },
    {
      name: 'test script ignores a path',
      change: modified(
        'package.json',
        pkg({ scripts: { test: 'jest' } }),
        pkg({ scripts: { test: 'jest --testPathIgnorePatterns=auth' } }),
      ),
      errors: [{ messageId: 'narrowed' }],
    },
    {
      name: 'check tool in an oddly named script',
      change: modified(
        'package.json',
        pkg({ scripts: { verify2: 'tsc --noEmit' } }),
        pkg({ scripts: { verify2: 'tsc --noEmit || true' } }),
      ),
      errors: [{ messageId: 'swallowed' }],
    },
    {
      name: 'max-warnings raised',
      change: modified(
        'package.json',
        pkg({ scripts: { lint: 'eslint . --max-warnings 0' } }),
        pkg({ scripts: { lint: 'eslint . --max-warnings=500' } }),
      ),
      errors: [{ messageId: 'maxWarnings' }],
    },
    {
      name: 'max-warnings removed',
      change: modified('package.json', pkg({ scripts: { lint: 'eslint . --max-warnings 0' } }), pkg({ scripts: { lint: 'eslint .' } })),
      errors: [{ messageId: 'maxWarnings' }],
    },
    {
      name: 'test script removed',
      change: modified(
        'package.json',
        pkg({ name: 'a', scripts: { test: 'jest', build: 'tsc' } }),
        pkg({ name: 'a', scripts: { build: 'tsc' } }),
      ),
      errors: [{ messageId: 'scriptRemoved', side: 'removed' }],
    },
    // Python.
    {
      name: 'pyproject fail_under lowered',
      change: modified('pyproject.toml', '[tool.coverage.report]\nfail_under = 90\n', '[tool.coverage.report]\nfail_under = 60\n'),
      errors: [{ messageId: 'lowered', line: 2 }],
    },
    {
      name: 'pyproject omit added (multi-line array)',
      change: modified(
        'pyproject.toml',
        '[tool.coverage.run]\nomit = [\n  "*/migrations/*",\n]\n',
        '[tool.coverage.run]\nomit = [\n  "*/migrations/*",\n  "app/billing.py",\n]\n',
      ),
      errors: [{ messageId: 'added', line: 4 }],
    },
    {
      name: 'pyproject addopts deselect',
      change: modified(
        'pyproject.toml',
        '[tool.pytest.ini_options]\naddopts = "-ra"\n',
        '[tool.pytest.ini_options]\naddopts = "-ra --deselect tests/test_auth.py::test_login"\n',
      ),
      errors: [{ messageId: 'addopts', line: 2 }],
    },
    {
      name: 'pyproject addopts -k not (array form)',
      change: modified(
        'pyproject.toml',
        '[tool.pytest.ini_options]\naddopts = ["-ra"]\n',
        '[tool.pytest.ini_options]\naddopts = ["-ra", "-k", "not flaky"]\n',
      ),
      errors: [{ messageId: 'addopts', severity: 'medium' }],
    },
    {
      name: 'pytest.ini -p no: (low)',
      change: modified('pytest.ini', '[pytest]\naddopts = -q\n', '[pytest]\naddopts = -q -p no:randomly\n'),
      errors: [{ messageId: 'addopts', severity: 'low' }],
    },
    {
      name: 'setup.cfg addopts --ignore (multi-line)',
      change: modified('setup.cfg', '[tool:pytest]\naddopts =\n  -q\n', '[tool:pytest]\naddopts =\n  -q\n  --ignore=tests/integration\n'),
      errors: [{ messageId: 'addopts' }],
    },
    {
      name: 'tox.ini cov-fail-under lowered',
      change: modified('tox.ini', '[pytest]\naddopts = --cov --cov-fail-under=90\n', '[pytest]\naddopts = --cov --cov-fail-under=50\n'),
      errors: [{ messageId: 'failUnder' }],
    },
    {
      name: '.coveragerc fail_under lowered and omit',
      change: modified(
        '.coveragerc',
        '[run]\nomit =\n  tests/*\n[report]\nfail_under = 95\n',
        '[run]\nomit =\n  tests/*\n  app/auth.py\n[report]\nfail_under = 70\n',
      ),
      errors: [{ messageId: 'added' }, { messageId: 'lowered' }],
    },
    {
      name: 'setup.cfg coverage fail_under removed',
      change: modified(
        'setup.cfg',
        '[coverage:report]\nfail_under = 90\nshow_missing = true\n',
        '[coverage:report]\nshow_missing = true\n',
      ),
      errors: [{ messageId: 'unset', side: 'removed' }],
    },
    {
      name: 'pyproject mypy ignore_errors',
      change: modified('pyproject.toml', '[tool.mypy]\nstrict = true\n', '[tool.mypy]\nstrict = true\nignore_errors = true\n'),
      errors: [{ messageId: 'enabled', line: 3 }],
    },
    {
      name: 'pyproject mypy override ignore_errors',
      change: modified(
        'pyproject.toml',
        '[tool.mypy]\nstrict = true\n',
        '[tool.mypy]\nstrict = true\n\n[[tool.mypy.overrides]]\nmodule = "app.billing"\nignore_errors = true\n',
      ),
      errors: [{ messageId: 'enabled', line: 6 }],
    },
    {
      name: 'mypy.ini strict off',
      change: modified('mypy.ini', '[mypy]\nstrict = True\n', '[mypy]\nstrict = False\n'),
      errors: [{ messageId: 'disabled' }],
    },
    {
      name: 'mypy.ini section ignore_errors',
      change: modified('mypy.ini', '[mypy]\nstrict = True\n', '[mypy]\nstrict = True\n[mypy-app.payments.*]\nignore_errors = True\n'),
      errors: [{ messageId: 'enabled' }],
    },
    {
      name: 'ruff ignore gains codes',
      change: modified('ruff.toml', '[lint]\nignore = ["E501"]\n', '[lint]\nignore = ["E501", "F401"]\n'),
      errors: [{ messageId: 'added', severity: 'medium' }],
    },
    {
      name: 'ruff ignore gains security code',
      change: modified('pyproject.toml', '[tool.ruff.lint]\nextend-ignore = []\n', '[tool.ruff.lint]\nextend-ignore = ["S603"]\n'),
      errors: [{ messageId: 'added', severity: 'high' }],
    },
    {
      name: 'ruff per-file-ignores added',
      change: modified(
        'pyproject.toml',
        '[tool.ruff.lint.per-file-ignores]\n"tests/*" = ["S101"]\n',
        '[tool.ruff.lint.per-file-ignores]\n"tests/*" = ["S101"]\n"app/api.py" = ["S608"]\n',
      ),
      errors: [{ messageId: 'added', severity: 'high', line: 3 }],
    },
    {
      name: 'ruff select narrowed',
      change: modified('ruff.toml', 'select = ["E", "F", "S"]\n', 'select = ["E", "F"]\n'),
      errors: [{ messageId: 'removed', severity: 'high' }],
    },
    {
      name: 'flake8 extend-ignore',
      change: modified('.flake8', '[flake8]\nmax-line-length = 100\n', '[flake8]\nmax-line-length = 100\nextend-ignore = E203,W503\n'),
      errors: [{ messageId: 'added' }],
    },
    {
      name: 'bandit skips',
      change: modified('pyproject.toml', '[tool.bandit]\nskips = []\n', '[tool.bandit]\nskips = ["B602"]\n'),
      errors: [{ messageId: 'added', severity: 'high' }],
    },
    // Renames and deletions.
    {
      name: 'renamed and weakened',
      change: renamed('jest.config.js', 'jest.config.cjs', jest('passWithNoTests: false,'), jest('passWithNoTests: true,')),
      errors: [{ messageId: 'enabled' }],
    },
    {
      name: 'coveragerc deleted',
      change: deleted('.coveragerc', '[report]\nfail_under = 90\n'),
      errors: [{ messageId: 'unset', side: 'removed' }],
    },
  ],
});
