/**
 * Which test, coverage, lint and type-check configuration a file holds, how to read it, and the
 * settings of each tool whose weakening diff/test-config-weakened reports.
 */
import type { Watch } from './config-compare';

export type Format = 'js' | 'json' | 'yaml' | 'ini' | 'toml' | 'rc';

export interface ToolRoot {
  tool: string;
  /** Keys from the file's top to the tool's settings; `*` matches any (mypy's `[mypy-pkg.*]` sections). */
  root: string[];
  watches: readonly Watch[];
}

const THRESHOLDS = ['lines', 'branches', 'functions', 'statements'];

const isSecurityCode = (code: string): boolean => /^(S\d*|DUO\d*|B\d{3})$/.test(code) && code !== 'S101';
/** Build output and dependencies: excluding them is routine. */
export const isGenerated = (item: string): boolean =>
  /(^|[/*!])(node_modules|dist|build|out|coverage|\.git|\.venv|venv|\.tox|__pycache__|\.next|\.cache|tmp|vendor|site-packages|\.mypy_cache|\.pytest_cache|\.ruff_cache|htmlcov)([/*]|$)/.test(
    item,
  ) || /\.d\.ts$/.test(item);

function thresholds(prefix: string, what: string): Watch[] {
  return THRESHOLDS.map((t) => ({ path: `${prefix}${t}`, check: 'lowered' as const, what }));
}

export const JEST: readonly Watch[] = [
  ...thresholds('coverageThreshold.*.', 'Jest coverage threshold'),
  { path: 'testPathIgnorePatterns', check: 'added', what: 'Jest testPathIgnorePatterns (tests never run)', routine: isGenerated },
  { path: 'coveragePathIgnorePatterns', check: 'added', what: 'Jest coveragePathIgnorePatterns', routine: isGenerated },
  { path: 'modulePathIgnorePatterns', check: 'added', what: 'Jest modulePathIgnorePatterns', severity: 'low', routine: isGenerated },
  { path: 'testMatch', check: 'removed', what: 'Jest testMatch' },
  { path: 'roots', check: 'removed', what: 'Jest roots' },
  { path: 'collectCoverageFrom', check: 'removed', what: 'Jest collectCoverageFrom' },
  { path: 'passWithNoTests', check: 'enabled', what: 'Jest passWithNoTests' },
  { path: 'bail', check: 'enabled', what: 'Jest bail', severity: 'low' },
  { path: 'collectCoverage', check: 'disabled', what: 'Jest collectCoverage', severity: 'low' },
];

export const VITEST: readonly Watch[] = [
  ...thresholds('coverage.thresholds.', 'Vitest coverage threshold'),
  ...thresholds('coverage.', 'Vitest coverage threshold'),
  { path: 'coverage.thresholds.100', check: 'disabled', what: 'Vitest 100% coverage threshold' },
  { path: 'exclude', check: 'added', what: 'Vitest test.exclude (tests never run)', routine: isGenerated },
  { path: 'coverage.exclude', check: 'added', what: 'Vitest coverage.exclude', routine: isGenerated },
  { path: 'include', check: 'removed', what: 'Vitest test.include' },
  { path: 'coverage.include', check: 'removed', what: 'Vitest coverage.include' },
  { path: 'passWithNoTests', check: 'enabled', what: 'Vitest passWithNoTests' },
  { path: 'allowOnly', check: 'enabled', what: 'Vitest allowOnly (`.only` tests pass in CI)' },
  { path: 'retry', check: 'raised', what: 'Vitest retry count', severity: 'low' },
  { path: 'coverage.enabled', check: 'disabled', what: 'Vitest coverage', severity: 'low' },
];

export const MOCHA: readonly Watch[] = [
  { path: 'spec', check: 'removed', what: 'Mocha spec (which tests run)' },
  { path: 'forbid-only', check: 'disabled', what: 'Mocha forbid-only' },
  { path: 'forbidOnly', check: 'disabled', what: 'Mocha forbidOnly' },
  { path: 'exclude', check: 'added', what: 'Mocha exclude (tests never run)', routine: isGenerated },
  { path: 'ignore', check: 'added', what: 'Mocha ignore (tests never run)', routine: isGenerated },
  { path: 'grep', check: 'added', what: 'Mocha grep (only matching tests run)' },
  { path: 'fgrep', check: 'added', what: 'Mocha fgrep (only matching tests run)' },
  { path: 'invert', check: 'enabled', what: 'Mocha invert' },
  { path: 'retries', check: 'raised', what: 'Mocha retries' },
];

export const NYC: readonly Watch[] = [
  { path: 'check-coverage', check: 'disabled', what: 'check-coverage' },
  { path: 'checkCoverage', check: 'disabled', what: 'checkCoverage' },
  ...THRESHOLDS.map((t) => ({ path: t, check: 'lowered' as const, what: 'coverage threshold' })),
  { path: '100', check: 'disabled', what: '100% coverage requirement' },
  { path: 'exclude', check: 'added', what: 'coverage exclude list', routine: isGenerated },
  { path: 'include', check: 'removed', what: 'coverage include list' },
  { path: 'all', check: 'disabled', what: 'coverage of untested files (`all`)', severity: 'low' },
];

const STRICT_FLAGS = [
  'strict',
  'noImplicitAny',
  'strictNullChecks',
  'strictFunctionTypes',
  'strictBindCallApply',
  'strictPropertyInitialization',
  'noImplicitThis',
  'alwaysStrict',
  'useUnknownInCatchVariables',
  'noEmitOnError',
  'checkJs',
];
const LINT_FLAGS = [
  'noUnusedLocals',
  'noUnusedParameters',
  'noImplicitReturns',
  'noFallthroughCasesInSwitch',
  'noUncheckedIndexedAccess',
  'noImplicitOverride',
  'exactOptionalPropertyTypes',
];

export const TSCONFIG: readonly Watch[] = [
  ...STRICT_FLAGS.map((f) => ({ path: `compilerOptions.${f}`, check: 'disabled' as const, what: `TypeScript ${f}` })),
  ...LINT_FLAGS.map((f) => ({
    path: `compilerOptions.${f}`,
    check: 'disabled' as const,
    what: `TypeScript ${f}`,
    severity: 'low' as const,
  })),
  { path: 'compilerOptions.allowUnreachableCode', check: 'enabled', what: 'TypeScript allowUnreachableCode', severity: 'low' },
  { path: 'exclude', check: 'added', what: 'tsconfig exclude (files no longer type-checked)', routine: isGenerated },
  { path: 'include', check: 'removed', what: 'tsconfig include' },
  { path: 'files', check: 'removed', what: 'tsconfig files', severity: 'low' },
];

export const PYTEST: readonly Watch[] = [
  { path: 'norecursedirs', check: 'added', what: 'pytest norecursedirs', routine: isGenerated },
  { path: 'testpaths', check: 'removed', what: 'pytest testpaths' },
  { path: 'python_files', check: 'removed', what: 'pytest python_files' },
  { path: 'xfail_strict', check: 'disabled', what: 'pytest xfail_strict', severity: 'low' },
];

export const COVERAGE_RUN: readonly Watch[] = [
  { path: 'omit', check: 'added', what: 'coverage.py omit', routine: isGenerated },
  { path: 'source', check: 'removed', what: 'coverage.py source', severity: 'low' },
];

export const COVERAGE_REPORT: readonly Watch[] = [
  { path: 'fail_under', check: 'lowered', what: 'coverage.py fail_under' },
  { path: 'omit', check: 'added', what: 'coverage.py report omit', routine: isGenerated },
  { path: 'exclude_lines', check: 'added', what: 'coverage.py exclude_lines' },
  { path: 'exclude_also', check: 'added', what: 'coverage.py exclude_also' },
];

export const MYPY: readonly Watch[] = [
  { path: 'ignore_errors', check: 'enabled', what: 'mypy ignore_errors' },
  { path: 'strict', check: 'disabled', what: 'mypy strict' },
  ...[
    'disallow_untyped_defs',
    'check_untyped_defs',
    'disallow_any_generics',
    'strict_optional',
    'warn_return_any',
    'disallow_untyped_calls',
  ].map((f) => ({ path: f, check: 'disabled' as const, what: `mypy ${f}`, severity: 'low' as const })),
  { path: 'disable_error_code', check: 'added', what: 'mypy disable_error_code' },
  { path: 'exclude', check: 'added', what: 'mypy exclude', routine: isGenerated },
];

const RUFF_LIKE = (prefix: string, what: string): Watch[] => [
  { path: `${prefix}ignore`, check: 'added', what: `${what} ignore`, security: isSecurityCode },
  { path: `${prefix}extend-ignore`, check: 'added', what: `${what} extend-ignore`, security: isSecurityCode },
  { path: `${prefix}per-file-ignores.*`, check: 'added', what: `${what} per-file-ignores`, security: isSecurityCode },
  { path: `${prefix}per-file-ignores`, check: 'added', what: `${what} per-file-ignores`, security: isSecurityCode },
  { path: `${prefix}extend-per-file-ignores.*`, check: 'added', what: `${what} per-file-ignores`, security: isSecurityCode },
  { path: `${prefix}select`, check: 'removed', what: `${what} select`, security: isSecurityCode },
  { path: `${prefix}extend-select`, check: 'removed', what: `${what} extend-select`, security: isSecurityCode },
  { path: `${prefix}exclude`, check: 'added', what: `${what} exclude`, routine: isGenerated },
  { path: `${prefix}extend-exclude`, check: 'added', what: `${what} extend-exclude`, routine: isGenerated },
];

export const RUFF: readonly Watch[] = [...RUFF_LIKE('', 'Ruff'), ...RUFF_LIKE('lint.', 'Ruff')];
export const FLAKE8: readonly Watch[] = RUFF_LIKE('', 'flake8');

export const BANDIT: readonly Watch[] = [
  { path: 'skips', check: 'added', what: 'bandit skips', severity: 'high' },
  { path: 'exclude_dirs', check: 'added', what: 'bandit exclude_dirs', severity: 'high', routine: isGenerated },
  { path: 'exclude', check: 'added', what: 'bandit exclude', severity: 'high', routine: isGenerated },
];

const INI_PYTHON: ToolRoot[] = [
  { tool: 'coverage.py', root: ['coverage:run'], watches: COVERAGE_RUN },
  { tool: 'coverage.py', root: ['coverage:report'], watches: COVERAGE_REPORT },
  { tool: 'flake8', root: ['flake8'], watches: FLAKE8 },
  { tool: 'mypy', root: ['mypy'], watches: MYPY },
  { tool: 'mypy', root: ['mypy-*'], watches: MYPY.filter((w) => w.path === 'ignore_errors') },
];

export interface ConfigFile {
  format: Format;
  roots: ToolRoot[];
  /** pytest `addopts` lives here (a command line to tokenize). */
  addopts?: string[];
  /** ESLint settings (rules, ignores) live here. */
  eslint?: 'flat' | string[];
  /** `package.json` scripts. */
  scripts?: boolean;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `.xrc` files without an extension may be JSON or YAML. */
function rcFormat(lower: string): Format {
  return /\.ya?ml$/.test(lower) ? 'yaml' : /\.[cm]?js$/.test(lower) ? 'js' : /\.json5?c?$/.test(lower) ? 'json' : 'rc';
}

/** The configuration a path holds, or undefined for any other file. */
export function configFile(path: string): ConfigFile | undefined {
  const base = baseName(path);
  const lower = base.toLowerCase();
  const jsOrJson = (name: string): Format => (/\.json5?c?$/.test(name) || !/\.[cm]?[jt]s$/.test(name) ? 'json' : 'js');
  if (lower === 'package.json') {
    return {
      format: 'json',
      roots: [
        { tool: 'Jest', root: ['jest'], watches: JEST },
        { tool: 'Mocha', root: ['mocha'], watches: MOCHA },
        { tool: 'c8', root: ['c8'], watches: NYC },
        { tool: 'nyc', root: ['nyc'], watches: NYC },
      ],
      eslint: ['eslintConfig'],
      scripts: true,
    };
  }
  if (/^jest\.config\.(js|ts|mjs|cjs|mts|cts|json)$/.test(lower)) {
    return { format: jsOrJson(lower), roots: [{ tool: 'Jest', root: [], watches: JEST }] };
  }
  if (/^(vitest|vite)\.config\.(js|ts|mjs|cjs|mts|cts)$/.test(lower) || /^vitest\.workspace\.(js|ts|mjs)$/.test(lower)) {
    return { format: 'js', roots: [{ tool: 'Vitest', root: ['test'], watches: VITEST }] };
  }
  if (/^\.mocharc(\.(js|cjs|json|jsonc|yml|yaml))?$/.test(lower)) {
    return { format: rcFormat(lower), roots: [{ tool: 'Mocha', root: [], watches: MOCHA }] };
  }
  if (/^\.(c8|nyc)rc(\.(json|yml|yaml))?$/.test(lower) || /^nyc\.config\.(js|cjs|mjs)$/.test(lower)) {
    return { format: rcFormat(lower), roots: [{ tool: lower.includes('c8') ? 'c8' : 'nyc', root: [], watches: NYC }] };
  }
  if (/^\.eslintrc(\.(js|cjs|json|yml|yaml))?$/.test(lower)) {
    return { format: rcFormat(lower), roots: [], eslint: [] };
  }
  if (/^eslint\.config\.(js|mjs|cjs|ts|mts|cts)$/.test(lower)) {
    return { format: 'js', roots: [], eslint: 'flat' };
  }
  if (/^[tj]sconfig[\w.-]*\.json$/.test(lower)) {
    return { format: 'json', roots: [{ tool: 'TypeScript', root: [], watches: TSCONFIG }] };
  }
  return pythonConfig(lower);
}

function pythonConfig(lower: string): ConfigFile | undefined {
  switch (lower) {
    case 'pytest.ini':
      return { format: 'ini', roots: [{ tool: 'pytest', root: ['pytest'], watches: PYTEST }], addopts: ['pytest'] };
    case 'tox.ini':
      return { format: 'ini', roots: [{ tool: 'pytest', root: ['pytest'], watches: PYTEST }, ...INI_PYTHON], addopts: ['pytest'] };
    case 'setup.cfg':
      return {
        format: 'ini',
        roots: [{ tool: 'pytest', root: ['tool:pytest'], watches: PYTEST }, ...INI_PYTHON],
        addopts: ['tool:pytest'],
      };
    case '.coveragerc':
      return {
        format: 'ini',
        roots: [
          { tool: 'coverage.py', root: ['run'], watches: COVERAGE_RUN },
          { tool: 'coverage.py', root: ['report'], watches: COVERAGE_REPORT },
        ],
      };
    case 'mypy.ini':
    case '.mypy.ini':
      return { format: 'ini', roots: [{ tool: 'mypy', root: ['mypy'], watches: MYPY }, INI_PYTHON[4]] };
    case '.flake8':
      return { format: 'ini', roots: [{ tool: 'flake8', root: ['flake8'], watches: FLAKE8 }] };
    case '.bandit':
      return { format: 'ini', roots: [{ tool: 'bandit', root: ['bandit'], watches: BANDIT }] };
    case 'ruff.toml':
    case '.ruff.toml':
      return { format: 'toml', roots: [{ tool: 'Ruff', root: [], watches: RUFF }] };
    case 'pyproject.toml':
      return {
        format: 'toml',
        roots: [
          { tool: 'pytest', root: ['tool', 'pytest', 'ini_options'], watches: PYTEST },
          { tool: 'coverage.py', root: ['tool', 'coverage', 'run'], watches: COVERAGE_RUN },
          { tool: 'coverage.py', root: ['tool', 'coverage', 'report'], watches: COVERAGE_REPORT },
          { tool: 'mypy', root: ['tool', 'mypy'], watches: MYPY },
          { tool: 'mypy', root: ['tool', 'mypy', 'overrides', '*'], watches: MYPY },
          { tool: 'Ruff', root: ['tool', 'ruff'], watches: RUFF },
          { tool: 'bandit', root: ['tool', 'bandit'], watches: BANDIT },
        ],
        addopts: ['tool', 'pytest', 'ini_options'],
      };
    default:
      return undefined;
  }
}

/** Files whose every line is an ignore pattern for a checker. */
export function ignoreFileTool(path: string): string | undefined {
  const tools: Record<string, string> = {
    '.eslintignore': 'ESLint',
    '.stylelintignore': 'Stylelint',
    '.semgrepignore': 'Semgrep',
    '.gitleaksignore': 'gitleaks',
    '.trivyignore': 'Trivy',
    '.codeqlignore': 'CodeQL',
  };
  return tools[baseName(path).toLowerCase()];
}
