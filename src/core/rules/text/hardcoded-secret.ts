import { defineTextRule, type TextRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { isMetaWord, nameWords, isSecretName } from '../support/secret-names';
import {
  AUTH_URL,
  PACKAGE_MANAGER_CONFIG,
  PRIVATE_KEY,
  TOKEN_FORMATS,
  hasKeyBody,
  isMixed,
  isPlaceholder,
  isRealAuthUrl,
  mask,
  shannon,
} from '../support/secret-tokens';

/** Files whose high-entropy strings are hashes, not secrets. */
const SKIPPED_FILES =
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|poetry\.lock|Gemfile\.lock|composer\.lock|go\.sum|Pipfile\.lock)$|\.(map|snap|svg)$/i;
/** Example and template files: real-looking values there are usually generated examples; only known formats count. */
const EXAMPLE_FILES = /\.(example|sample|template|dist)(\.[a-z]+)?$|(^|\/)(examples?|docs?|fixtures?|__fixtures__)\//i;
/** Lines longer than this are generated or minified: only the token formats (literal prefixes) are searched there. */
const MAX_ASSIGNMENT_LINE = 4000;
/** Candidates examined per pattern and file: a file of decoys must not take long to read. */
const MAX_CANDIDATES = 1000;

/** `apiKey = "…"`, `"password": "…"`, `SECRET_KEY=…`, `token: …`, `client_secret := "…"`. */
const ASSIGNMENT =
  /(?<![\w$-])(["']?)([A-Za-z_][\w.-]{0,63})\1[ \t]*(?::=|=>|=|:)[ \t]*(?:(["'`])([^"'`\\\r\n]{8,300})\3|([^\s"'`,;#]{8,300}))/g;
/** `secret: process.env.X ?? 'literal'`, `password = opts.password || "literal"`: the literal fallback is hard-coded too. */
const FALLBACK =
  /(?<![\w$-])(["']?)([A-Za-z_][\w.-]{0,63})\1[ \t]*(?:=|:)[^'"`\r\n;]{1,120}?(?:\?\?|\|\|)[ \t]*(["'`])([^"'`\\\r\n]{8,300})\3/g;
/**
 * `os.environ.get("DB_PASSWORD", "…")`, `os.getenv(…)`, dbt's `env_var('WAREHOUSE_PASSWORD', '…')`, Django-environ's
 * `env('SECRET_KEY', default='…')`: the default of a secret-named variable is a hard-coded secret used wherever it is unset.
 */
const ENV_DEFAULT =
  /(?<![\w$])(?:env_var|getenv|environ\.get|env(?:\.str)?)\([ \t]*(["'])([A-Za-z_][\w.-]{0,63})\1[ \t]*,[ \t]*(?:default[ \t]*=[ \t]*)?(["'])([^"'`\\\r\n]{8,300})\3/g;
const AUTH_PREFIX = /^(Bearer|Basic|Token|token|Bot)\s+/;
const NOT_LITERAL =
  /^(\$|%|\{|<|env\(|process\.env|import\.meta|os\.environ|[a-z][a-z0-9+.-]*:\/\/|\.{0,2}\/|~\/|[A-Za-z]:\\)|\$\{|\{\{|%\(/;
/** Keys that name or index things, or are public by design (a reCAPTCHA site key). */
const NOT_SECRET_KEY =
  /^(|site|cache|sort|partition|storage|query|primary|foreign|lookup|row|idempotency|dedupe|routing|shard|index|map|list|i18n|translation|locale|react|unique|composite|object|s3|bucket)$/;
const HASHED = /^\$2[abxy]\$|^\$argon2|^\$(1|5|6|pbkdf2)[$-]|^(sha\d+|md5|sha1)[-:]/i;
/** Secrets people choose rather than generate (a password, an HMAC secret, a salt): shorter and less random than tokens. */
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'salt', 'pepper']);

function charClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
}

/** Whether a value given to a secret-named key looks like a real secret rather than a placeholder or a reference. */
export function looksSecret(key: string, raw: string): boolean {
  const value = raw.replace(AUTH_PREFIX, '');
  if (/\s/.test(value) || NOT_LITERAL.test(value) || HASHED.test(value) || isPlaceholder(value)) {
    return false;
  }
  if (!isSecretName(key)) {
    // `SUPPORT_KEY = "sk_support_7f3a…"`: any `*_KEY` holding a long random value (not `SORT_KEY = "name"`).
    const words = nameWords(key);
    const kind = words[words.length - 2] ?? '';
    return words[words.length - 1] === 'key' && !NOT_SECRET_KEY.test(kind) && !words.some(isMetaWord) && strongRandom(value);
  }
  if (nameWords(key).some((w) => PASSWORD_WORDS.has(w))) {
    return value.length >= 10 && charClasses(value) >= 3 && shannon(value) >= 3;
  }
  return strongRandom(value);
}

function strongRandom(value: string): boolean {
  return value.length >= 20 && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && shannon(value) >= 3.5;
}

export default defineTextRule({
  meta: {
    id: 'text/hardcoded-secret',
    category: 'secrets',
    severity: 'high',
    summary:
      'Credentials written into files: provider token formats, private keys, URLs with passwords, high-entropy values of secret-named keys.',
    why:
      'A key committed to a repository is leaked to everyone who can read it, forever (history keeps it after it is deleted). AI ' +
      'agents paste the tokens they were given into code, configs, `.env` files and docs to "make it work". Placeholders ' +
      '(`<your-token>`, `sk-...`, `AKIAIOSFODNN7EXAMPLE`, `changeme`) are not flagged, and the finding never repeats the secret.',
    incorrect: [
      // Assembled so that the bundle itself carries no token-shaped string (secret scanners such as vsce's would stop packaging).
      { filename: 'src/config.ts', code: `export const token = '${'ghp'}_${'9fK2mQ7xLp4RtV8wZ3nB6cY1dH5jS0aE2uGk'}';` },
      { filename: '.env', code: 'AWS_ACCESS_KEY_ID=AKIA4QF7ZK2M9XRT3LPB\nSECRET_KEY=9f8Kd7sL2mQ4xZ6vB1nR3tY5wP0aH8jC\n' },
      {
        filename: 'deploy/key.pem',
        code: '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6Nq2X8wNnRr0QhfA0fT3hxU1y\n-----END RSA PRIVATE KEY-----\n',
      },
      { filename: 'src/db.js', code: "const url = 'postgres://admin:Xk9f2LpQ7zR4@prod-db.internal.acme.io:5432/app';" },
    ],
    correct: [
      { filename: '.env.example', code: 'OPENAI_API_KEY=sk-...\nGITHUB_TOKEN=<your-token>\n' },
      { filename: 'README.md', code: 'Set `AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE` and `password: changeme`.' },
      { filename: 'src/config.ts', code: 'const apiKey = process.env.API_KEY;' },
      { filename: 'docker-compose.yml', code: 'DATABASE_URL: postgres://postgres:postgres@db:5432/app\n' },
    ],
    messages: {
      token: '{{what}} (`{{masked}}`) is written into this file: anyone who can read the repository can use it.',
      privateKey:
        'A private key (`{{header}}`) is written into this file: whoever reads the repository can sign, decrypt or log in with it.',
      authUrl: 'The URL to `{{host}}` carries a password (`{{masked}}`): anyone who can read the repository can log in with it.',
      assigned:
        '`{{key}}` is given a literal value that looks like a real secret (`{{masked}}`): keys belong in the environment or a secret store.',
      envDefault:
        'The environment variable `{{key}}` falls back to a literal value that looks like a real secret (`{{masked}}`): wherever it is unset, this committed value is the credential.',
    },
  },
  check(ctx) {
    if (SKIPPED_FILES.test(ctx.path) || PACKAGE_MANAGER_CONFIG.test(ctx.path)) {
      return;
    }
    const spans: [number, number][] = [];
    const report = (start: number, end: number, messageId: string, data: Record<string, string>, severity: Severity): void => {
      spans.push([start, end]);
      ctx.report({ start, end, messageId, data, severity });
    };
    findTokens(ctx, report);
    findPrivateKeys(ctx, report);
    findAuthUrls(ctx, report);
    if (!ctx.isTestFile && !EXAMPLE_FILES.test(ctx.path)) {
      findAssignments(ctx, spans, report);
    }
  },
});

type Report = (start: number, end: number, messageId: string, data: Record<string, string>, severity: Severity) => void;

function findTokens(ctx: TextRuleContext, report: Report): void {
  for (const format of TOKEN_FORMATS) {
    const isJwt = format.what.includes('JSON Web Token');
    if (isJwt && ctx.isTestFile) {
      continue;
    }
    format.pattern.lastIndex = 0;
    let budget = MAX_CANDIDATES;
    for (let m = format.pattern.exec(ctx.text); m && budget-- > 0; m = format.pattern.exec(ctx.text)) {
      const body = m[0].slice(format.bodyFrom ?? 0);
      if (isPlaceholder(body) || shannon(body) < (format.minEntropy ?? 3) || (format.mixed && !isMixed(body))) {
        continue;
      }
      const severity: Severity = ctx.isTestFile ? 'medium' : format.severity;
      report(m.index, m.index + m[0].length, 'token', { what: capitalize(format.what), masked: mask(m[0]) }, severity);
    }
  }
}

function findPrivateKeys(ctx: TextRuleContext, report: Report): void {
  PRIVATE_KEY.lastIndex = 0;
  let budget = MAX_CANDIDATES;
  for (let m = PRIVATE_KEY.exec(ctx.text); m && budget-- > 0; m = PRIVATE_KEY.exec(ctx.text)) {
    if (hasKeyBody(ctx.text, m.index + m[0].length)) {
      report(m.index, m.index + m[0].length, 'privateKey', { header: m[0] }, ctx.isTestFile ? 'medium' : 'high');
    }
  }
}

function findAuthUrls(ctx: TextRuleContext, report: Report): void {
  AUTH_URL.lastIndex = 0;
  let budget = MAX_CANDIDATES;
  for (let m = AUTH_URL.exec(ctx.text); m && budget-- > 0; m = AUTH_URL.exec(ctx.text)) {
    const [, user, password, host] = m;
    if (isRealAuthUrl(user, password, host)) {
      const start = m.index + m[0].indexOf(`:${password}@`) + 1;
      report(start, start + password.length, 'authUrl', { host, masked: mask(password) }, ctx.isTestFile ? 'low' : 'medium');
    }
  }
}

function findAssignments(ctx: TextRuleContext, spans: [number, number][], report: Report): void {
  const code = ctx.language !== undefined;
  for (let n = 1; n <= ctx.lines.lineCount; n++) {
    const line = ctx.lines.lineText(n);
    if (line.length > MAX_ASSIGNMENT_LINE) {
      continue;
    }
    const base = ctx.lines.lineStart(n);
    for (const re of code ? [ASSIGNMENT, FALLBACK, ENV_DEFAULT] : [ASSIGNMENT, ENV_DEFAULT]) {
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        const key = m[2];
        const quoted = re === ENV_DEFAULT || m[4] !== undefined;
        const value = m[4] ?? m[5];
        if ((code && !quoted) || !looksSecret(key, value)) {
          continue;
        }
        const start = base + m.index + m[0].lastIndexOf(value);
        const end = start + value.length;
        if (spans.some(([a, b]) => a < end && start < b)) {
          continue;
        }
        spans.push([start, end]);
        report(start, end, re === ENV_DEFAULT ? 'envDefault' : 'assigned', { key, masked: mask(value.replace(AUTH_PREFIX, '')) }, 'medium');
      }
    }
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
