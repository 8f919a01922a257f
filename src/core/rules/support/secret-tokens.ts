/**
 * Credentials recognizable by their shape: provider token formats (`AKIA…`, `ghp_…`, `sk-proj-…`,
 * `xoxb-…`), private-key blocks, JWTs and URLs with a password, plus the checks that tell a real
 * value from a placeholder (`AKIAIOSFODNN7EXAMPLE`, `ghp_xxxx…`, `<your-token>`, `changeme`).
 * Every pattern starts with a literal prefix and has bounded repetitions, so a scan stays linear.
 */

/** Package-manager configs: text/registry-config reads them (tokens, TLS, registries), so the secret and TLS text rules skip them. */
export const PACKAGE_MANAGER_CONFIG = /(^|\/)(\.npmrc|\.pnpmrc|npmrc|\.yarnrc|\.yarnrc\.ya?ml|bunfig\.toml|pip\.conf|pip\.ini|\.pypirc)$/i;

export interface TokenFormat {
  /** What the token is: `an AWS access key id`. */
  what: string;
  pattern: RegExp;
  severity: 'high' | 'medium';
  /** Where the random part starts in the match (checked for placeholders and entropy). */
  bodyFrom?: number;
  /** Minimum Shannon entropy (bits per character) of the random part. */
  minEntropy?: number;
  /** The random part mixes digits, upper- and lower-case letters (tells keys from slugs like `sk-button-large-…`). */
  mixed?: boolean;
}

/** Whether a token body has digits, upper- and lower-case letters. */
export function isMixed(body: string): boolean {
  return /[0-9]/.test(body) && /[A-Z]/.test(body) && /[a-z]/.test(body);
}

export const TOKEN_FORMATS: readonly TokenFormat[] = [
  { what: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g, severity: 'high', bodyFrom: 4, minEntropy: 2.8 },
  { what: 'a GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,76}\b/g, severity: 'high', bodyFrom: 4, minEntropy: 3.5, mixed: true },
  { what: 'a GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{60,255}\b/g, severity: 'high', bodyFrom: 11, minEntropy: 3.5 },
  { what: 'a GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,64}\b/g, severity: 'high', bodyFrom: 6, minEntropy: 3.3 },
  { what: 'an Anthropic API key', pattern: /\bsk-ant-[A-Za-z0-9_-]{32,200}/g, severity: 'high', bodyFrom: 7, minEntropy: 3.5, mixed: true },
  {
    what: 'an OpenAI API key',
    pattern: /\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,200}/g,
    severity: 'high',
    bodyFrom: 3,
    minEntropy: 3.8,
    mixed: true,
  },
  { what: 'a Slack token', pattern: /\bxox[baprse]-[0-9A-Za-z-]{10,120}/g, severity: 'high', bodyFrom: 5, minEntropy: 3.0 },
  {
    what: 'a Slack webhook URL',
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,32}/g,
    severity: 'high',
    bodyFrom: 33,
    minEntropy: 3.0,
  },
  {
    what: 'a Stripe live secret key',
    pattern: /\b[sr]k_live_[0-9a-zA-Z]{20,247}\b/g,
    severity: 'high',
    bodyFrom: 8,
    minEntropy: 3.3,
    mixed: true,
  },
  {
    what: 'a Google API key',
    pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g,
    severity: 'medium',
    bodyFrom: 4,
    minEntropy: 3.5,
    mixed: true,
  },
  { what: 'an npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, severity: 'high', bodyFrom: 4, minEntropy: 3.5, mixed: true },
  { what: 'a Hugging Face token', pattern: /\bhf_[A-Za-z]{34,40}\b/g, severity: 'high', bodyFrom: 3, minEntropy: 3.5 },
  { what: 'a SendGrid API key', pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g, severity: 'high', bodyFrom: 3, minEntropy: 3.5 },
  {
    what: 'a Telegram bot token',
    pattern: /\b\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g,
    severity: 'high',
    bodyFrom: 13,
    minEntropy: 3.5,
  },
  {
    what: 'a JSON Web Token',
    pattern: /\beyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1000}/g,
    severity: 'medium',
    minEntropy: 3.5,
  },
];

/** `-----BEGIN RSA PRIVATE KEY-----` and friends (the body is checked separately). */
export const PRIVATE_KEY = /-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED|DH) )?PRIVATE KEY(?: BLOCK)?-----/g;

/** Whether a private-key header is followed by a real key body (not `...` in documentation or a prefix check in code). */
export function hasKeyBody(text: string, headerEnd: number): boolean {
  const window = text.slice(headerEnd, headerEnd + 400).replace(/\\[nr]|["'`+\s,]/g, '');
  const body = /[A-Za-z0-9+/=]{40,}/.exec(window);
  return body !== null && shannon(body[0]) > 4;
}

/** `scheme://user:password@host`: the password's offsets, unless it is a placeholder or a local development URL. */
export const AUTH_URL = /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:@/'"`<>{}$]{1,64}):([^\s:@/'"`<>{}$]{3,128})@([A-Za-z0-9.-]{1,253})/g;

const LOCAL_HOSTS =
  /^(localhost|127\.0\.0\.1|0\.0\.0\.0|db|database|postgres|postgresql|mysql|mariadb|mongo|mongodb|redis|rabbitmq|host\.docker\.internal|example\.(com|org|net)|[\w.-]*\.(test|example|local|invalid|localhost))$/i;
const DEV_PASSWORDS =
  /^(pass(word)?\d*|pwd|secret\w*|token|api_?key|key|pat|changeme|change_me|admin|root|postgres|mysql|guest|test\w*|dev\w*|example|demo|local|user|default|toor|letmein|qwerty|123+|1234\w*|x+|\*+|\.+|…)$/i;

export function isRealAuthUrl(user: string, password: string, host: string): boolean {
  if (LOCAL_HOSTS.test(host) || DEV_PASSWORDS.test(password) || password === user || isPlaceholder(password)) {
    return false;
  }
  return !/^(%|:)/.test(password) && !/^\d+$/.test(password);
}

const PLACEHOLDER_WORD_LIST =
  'example|sample|dummy|placeholder|your|fake|xxxx|changeme|redacted|replace|insert|put[_-]?your|here|token_?goes|secret_?key_?here|foobar|lorem|abcdef|test|mock|todo|fixme';
/**
 * Placeholder words in one case (`your_key`, `YOUR_KEY`, `Example`): a random key's mixed-case
 * run like `aBcDeF` or `TeSt` is chance, not a placeholder.
 */
const PLACEHOLDER_WORDS = new RegExp(
  [
    PLACEHOLDER_WORD_LIST,
    PLACEHOLDER_WORD_LIST.toUpperCase().replace(/\[_-\]/g, '[_-]'),
    PLACEHOLDER_WORD_LIST.replace(/(^|\|)([a-z])/g, (_m, bar: string, c: string) => bar + c.toUpperCase()),
    String.raw`0123456|123456789|\.\.\.|…|<|>|\*\*\*`,
  ].join('|'),
);

/** Whether a value is an obvious placeholder: example words, `xxxx`, `<...>`, long runs of one character, few distinct characters. */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value)) {
    return true;
  }
  if (/(.)\1{5,}/.test(value)) {
    return true;
  }
  return new Set(value).size < Math.min(8, Math.ceil(value.length / 3));
}

/** Shannon entropy in bits per character. */
export function shannon(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) {
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** `ghp_…`: the first four characters and an ellipsis, never the secret itself. */
export function mask(value: string): string {
  return `${value.slice(0, 4)}…`;
}

/** The provider credential a whole string is or contains (`sk_live_…`, `ghp_…`), placeholders and low-entropy bodies excluded. */
export function providerToken(text: string): { core: string; kind: string } | undefined {
  for (const format of TOKEN_FORMATS) {
    format.pattern.lastIndex = 0;
    const m = format.pattern.exec(text);
    format.pattern.lastIndex = 0;
    if (!m) {
      continue;
    }
    const body = m[0].slice(format.bodyFrom ?? 0);
    if (isPlaceholder(body) || shannon(body) < (format.minEntropy ?? 3) || (format.mixed && !isMixed(body))) {
      continue;
    }
    return { core: m[0], kind: `${format.what} (\`${mask(m[0])}\`)` };
  }
  return undefined;
}
