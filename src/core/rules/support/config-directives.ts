/**
 * The suppression directives linters, type checkers, coverage tools and security scanners honour
 * in comments, per comment family. A directive either has to open its comment (`anchored`: ESLint,
 * TypeScript, coverage tools; for `#` comments, any `#` segment of the line) or may appear
 * anywhere in it (scanner markers such as `nosemgrep`, `NOSONAR`).
 */
import type { Severity } from '../../model/finding';
import type { CommentFamily } from './config-comments';

export type DirectiveKind = 'line' | 'file' | 'coverage' | 'typesLine' | 'typesFile' | 'scanner';

export interface Directive {
  families: readonly CommentFamily[];
  /** Sticky (anchored) or global (anywhere) pattern. */
  pattern: RegExp;
  anchored: boolean;
  tool: string;
  kind: DirectiveKind;
  severity: Severity;
  /** How the rule list after the directive is written. */
  list?: 'eslint' | 'codes' | 'words';
  /** A matched group that makes this a non-suppression (`eslint-enable`, `c8 ignore stop`). */
  ignoreWhen?: RegExp;
  /** Whether a listed rule is a security check (raises the severity one step). */
  security?: (rule: string) => boolean;
  /** A lower severity in test files, where the directive is routine. */
  testSeverity?: Severity;
}

const JS: readonly CommentFamily[] = ['js'];
const C_LIKE: readonly CommentFamily[] = ['js', 'slash'];
const PY: readonly CommentFamily[] = ['python'];
const HASH: readonly CommentFamily[] = ['hash'];
const ALL: readonly CommentFamily[] = ['js', 'slash', 'python', 'hash'];

const SECURITY_ESLINT =
  /^(?:no-eval|no-implied-eval|no-new-func|no-script-url|no-restricted-(?:imports|syntax|globals|properties|modules|exports)|@typescript-eslint\/(?:no-floating-promises|no-misused-promises|no-implied-eval)|import\/no-restricted-paths|react\/no-danger(?:-with-children)?|(?:security|security-node|no-unsanitized|xss|no-secrets|scanjs-rules|@microsoft\/sdl|sdl)\/.*)$/;

export function isSecurityEslintRule(rule: string): boolean {
  return SECURITY_ESLINT.test(rule);
}

/** Ruff/flake8-bandit `S` codes and dlint `DUO` codes. */
function isSecurityCode(code: string): boolean {
  return /^(?:S\d*|DUO\d*)$/i.test(code);
}

const BIOME_SECURITY = (rule: string): boolean => /^lint\/security(?:\/|$)/.test(rule) || /^lint$/.test(rule);

export const DIRECTIVES: readonly Directive[] = [
  {
    families: JS,
    pattern: /eslint-disable-(?:next-)?line\b/y,
    anchored: true,
    tool: 'ESLint',
    kind: 'line',
    severity: 'low',
    list: 'eslint',
    security: isSecurityEslintRule,
  },
  {
    families: JS,
    pattern: /eslint-disable(?![\w-])/y,
    anchored: true,
    tool: 'ESLint',
    kind: 'file',
    severity: 'medium',
    list: 'eslint',
    security: isSecurityEslintRule,
  },
  { families: JS, pattern: /@ts-nocheck\b/y, anchored: true, tool: 'TypeScript', kind: 'typesFile', severity: 'medium' },
  { families: JS, pattern: /@ts-ignore\b/y, anchored: true, tool: 'TypeScript', kind: 'typesLine', severity: 'low' },
  {
    families: JS,
    pattern: /@ts-expect-error\b/y,
    anchored: true,
    tool: 'TypeScript',
    kind: 'typesLine',
    severity: 'low',
    testSeverity: 'info',
  },
  { families: JS, pattern: /istanbul\s+ignore\s+file\b/y, anchored: true, tool: 'istanbul', kind: 'coverage', severity: 'medium' },
  { families: JS, pattern: /istanbul\s+ignore\b/y, anchored: true, tool: 'istanbul', kind: 'coverage', severity: 'low' },
  {
    families: JS,
    pattern: /(c8|v8)\s+ignore(?:\s+(\w+))?/y,
    anchored: true,
    tool: 'c8/v8',
    kind: 'coverage',
    severity: 'low',
    ignoreWhen: /^stop$/,
  },
  {
    families: JS,
    pattern: /biome-ignore-all\b/y,
    anchored: true,
    tool: 'Biome',
    kind: 'file',
    severity: 'medium',
    list: 'words',
    security: BIOME_SECURITY,
  },
  {
    families: JS,
    pattern: /biome-ignore(?:-start)?(?![\w-])/y,
    anchored: true,
    tool: 'Biome',
    kind: 'line',
    severity: 'low',
    list: 'words',
    security: BIOME_SECURITY,
  },
  {
    families: JS,
    pattern: /deno-lint-ignore-file\b/y,
    anchored: true,
    tool: 'deno lint',
    kind: 'file',
    severity: 'medium',
    list: 'words',
    security: isSecurityEslintRule,
  },
  {
    families: JS,
    pattern: /deno-lint-ignore(?![\w-])/y,
    anchored: true,
    tool: 'deno lint',
    kind: 'line',
    severity: 'low',
    list: 'words',
    security: isSecurityEslintRule,
  },
  {
    families: JS,
    pattern: /jshint\s+ignore\s*:\s*(\w+)/y,
    anchored: true,
    tool: 'JSHint',
    kind: 'line',
    severity: 'low',
    ignoreWhen: /^end$/,
  },
  {
    families: JS,
    pattern: /tslint:disable-(?:next-)?line\b/y,
    anchored: true,
    tool: 'TSLint',
    kind: 'line',
    severity: 'low',
    list: 'words',
    security: isSecurityEslintRule,
  },
  {
    families: JS,
    pattern: /tslint:disable(?![\w-])/y,
    anchored: true,
    tool: 'TSLint',
    kind: 'file',
    severity: 'medium',
    list: 'words',
    security: isSecurityEslintRule,
  },
  {
    families: C_LIKE,
    pattern: /stylelint-disable(?:-next-line|-line)?(?![\w-])/y,
    anchored: true,
    tool: 'Stylelint',
    kind: 'line',
    severity: 'low',
  },
  {
    families: ['slash'],
    pattern: /nolint\b/y,
    anchored: true,
    tool: 'golangci-lint',
    kind: 'line',
    severity: 'low',
    list: 'words',
    security: (r) => r === 'gosec',
  },
  // Python: flake8/ruff, mypy, pyright, coverage.py, pylint.
  {
    families: PY,
    pattern: /noqa\b/iy,
    anchored: true,
    tool: 'flake8/ruff',
    kind: 'line',
    severity: 'low',
    list: 'codes',
    security: isSecurityCode,
  },
  {
    families: PY,
    pattern: /(?:ruff|flake8)\s*:\s*noqa\b/iy,
    anchored: true,
    tool: 'flake8/ruff',
    kind: 'file',
    severity: 'medium',
    list: 'codes',
    security: isSecurityCode,
  },
  { families: PY, pattern: /type\s*:\s*ignore\b/y, anchored: true, tool: 'mypy', kind: 'typesLine', severity: 'low' },
  { families: PY, pattern: /pyright\s*:\s*ignore\b/y, anchored: true, tool: 'pyright', kind: 'typesLine', severity: 'low' },
  {
    families: PY,
    pattern: /mypy\s*:\s*(?:ignore-errors|disable-error-code)\b/y,
    anchored: true,
    tool: 'mypy',
    kind: 'typesFile',
    severity: 'medium',
  },
  {
    families: PY,
    pattern: /pragma\s*:?\s*no\s+(?:cover|branch)\b/iy,
    anchored: true,
    tool: 'coverage.py',
    kind: 'coverage',
    severity: 'low',
  },
  { families: PY, pattern: /pylint\s*:\s*skip-file\b/y, anchored: true, tool: 'pylint', kind: 'file', severity: 'medium' },
  {
    families: PY,
    pattern: /pylint\s*:\s*disable(?:-next)?\s*=\s*all\b/y,
    anchored: true,
    tool: 'pylint',
    kind: 'file',
    severity: 'medium',
  },
  {
    families: PY,
    pattern: /pylint\s*:\s*disable(?:-next)?\s*=/y,
    anchored: true,
    tool: 'pylint',
    kind: 'line',
    severity: 'low',
    list: 'words',
  },
  // Shell, Ruby, YAML, Dockerfiles.
  {
    families: HASH,
    pattern: /shellcheck\s+disable\s*=/y,
    anchored: true,
    tool: 'ShellCheck',
    kind: 'line',
    severity: 'low',
    list: 'words',
  },
  {
    families: HASH,
    pattern: /rubocop\s*:\s*(?:disable|todo)\b/y,
    anchored: true,
    tool: 'RuboCop',
    kind: 'line',
    severity: 'low',
    list: 'words',
  },
  { families: HASH, pattern: /yamllint\s+disable-file\b/y, anchored: true, tool: 'yamllint', kind: 'file', severity: 'medium' },
  { families: HASH, pattern: /yamllint\s+disable(?:-line)?\b/y, anchored: true, tool: 'yamllint', kind: 'line', severity: 'low' },
  { families: HASH, pattern: /hadolint\s+ignore\s*=/y, anchored: true, tool: 'hadolint', kind: 'line', severity: 'low', list: 'words' },
  // Security scanners, in any language and anywhere in a comment.
  { families: ALL, pattern: /\bnosem(?:grep)?\b/gi, anchored: false, tool: 'Semgrep', kind: 'scanner', severity: 'medium' },
  { families: ALL, pattern: /#?\bnosec\b/gi, anchored: false, tool: 'bandit/gosec', kind: 'scanner', severity: 'medium' },
  { families: ALL, pattern: /\bNOSONAR\b/gi, anchored: false, tool: 'SonarQube', kind: 'scanner', severity: 'low' },
  { families: ALL, pattern: /\b(?:lgtm|codeql)\[/gi, anchored: false, tool: 'CodeQL', kind: 'scanner', severity: 'medium' },
  { families: ALL, pattern: /\bgitleaks:allow\b/gi, anchored: false, tool: 'gitleaks', kind: 'scanner', severity: 'medium' },
  {
    families: ALL,
    pattern: /\bpragma:\s?allowlist[ \t]secret\b/gi,
    anchored: false,
    tool: 'detect-secrets',
    kind: 'scanner',
    severity: 'medium',
  },
  { families: ALL, pattern: /\btrufflehog:ignore\b/gi, anchored: false, tool: 'trufflehog', kind: 'scanner', severity: 'medium' },
  {
    families: ALL,
    pattern: /\b(?:checkov:skip=|tfsec:ignore:|trivy:ignore:|kics-scan[ \t]ignore)/gi,
    anchored: false,
    tool: 'IaC scanner',
    kind: 'scanner',
    severity: 'medium',
  },
];

/** A quick test whether a file can hold any directive at all (most files cannot: nothing to lex). */
export const ANY_DIRECTIVE =
  /eslint|@ts-|istanbul|[cv]8 +ignore|nosem|nosec|nosonar|biome-ignore|deno-lint|jshint|tslint|stylelint|nolint|lgtm\[|codeql\[|gitleaks|allowlist|trufflehog|checkov|tfsec|trivy|kics|noqa|type *: *ignore|pyright|pragma|pylint|mypy|shellcheck|rubocop|yamllint|hadolint/i;
