// Lint: typescript-eslint recommended, type-aware floating-promise checks, and the house's
// dependency direction enforced per folder (also checked by test/unit/architecture.test.ts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'net',
  'http',
  'https',
  'crypto',
  'worker_threads',
  'util',
  'stream',
  'url',
];

const restrict = (paths, patterns) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });
const named = (names, message) => names.map((name) => ({ name, message }));

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'examples/', 'test/corpus*/', 'test/fixtures/', 'test/e2e/artifacts/', '.e2e/', 'bench-results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The sidebar's browser script: DOM globals only, and never HTML from strings.
    files: ['media/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { acquireVsCodeApi: 'readonly', document: 'readonly', window: 'readonly' },
    },
    rules: {
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'write', 'writeln', 'createContextualFragment'].map((property) => ({
          property,
          message: 'Render with textContent: the sidebar shows hostile text.',
        })),
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict(
      [
        ...named(['vscode', 'openai'], 'src/core is pure: no editor, no network clients.'),
        ...named(NODE_BUILTINS, 'src/core is pure: I/O belongs in src/node.'),
      ],
      [
        { group: ['node:*'], message: 'src/core is pure: I/O belongs in src/node.' },
        { group: ['**/node/**', '**/cli/**', '**/extension/**', '**/webview/**'], message: 'src/core depends on nothing else in src.' },
      ],
    ),
  },
  {
    files: ['src/node/**/*.ts'],
    rules: restrict(named(['vscode'], 'Only src/extension imports vscode.'), [
      { group: ['**/cli/**', '**/extension/**', '**/webview/**'], message: 'src/node depends only on src/core.' },
    ]),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: restrict(named(['vscode', 'openai'], 'The CLI goes through src/node.'), [
      { group: ['**/extension/**', '**/webview/**'], message: 'src/cli depends on src/node and src/core only.' },
    ]),
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: restrict(named(['openai'], 'Model clients live in src/node.'), [
      { group: ['**/cli/**', '**/webview/**'], message: 'src/extension depends on src/node, src/core and src/shared only.' },
    ]),
  },
);
