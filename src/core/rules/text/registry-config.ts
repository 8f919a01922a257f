import { defineTextRule, type TextRuleContext } from '../../engine/rule';
import type { Category, Severity } from '../../model/finding';
import { clip, DEFAULT_NPM_HOSTS, DEFAULT_PYPI_HOSTS, hasUrlCredentials, hostOf } from '../support/supply-names';

type Kind = 'npmrc' | 'yarnrc' | 'yarnrc-yml' | 'bunfig' | 'pip' | 'pypirc';

function kindOf(path: string): Kind | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  switch (base) {
    case '.npmrc':
    case '.pnpmrc':
    case 'npmrc':
      return 'npmrc';
    case '.yarnrc':
      return 'yarnrc';
    case '.yarnrc.yml':
    case '.yarnrc.yaml':
      return 'yarnrc-yml';
    case 'bunfig.toml':
      return 'bunfig';
    case 'pip.conf':
    case 'pip.ini':
      return 'pip';
    case '.pypirc':
      return 'pypirc';
    default:
      return undefined;
  }
}

interface Setting {
  key: string;
  value: string;
  /** Nested under another key (YAML indentation): a scoped setting. */
  nested: boolean;
  /** Offsets of the whole line. */
  start: number;
  end: number;
}

/** Where key and value meet: `=` in ini files (npm keys contain `:`), `:` in YAML, either in pip's configparser. */
function splitSetting(line: string, kind: Kind): [string, string] | undefined {
  let at: number;
  if (kind === 'yarnrc') {
    at = line.search(/\s/);
  } else if (kind === 'yarnrc-yml') {
    at = line.indexOf(':');
  } else if (kind === 'pip' || kind === 'pypirc') {
    const eq = line.indexOf('=');
    const colon = line.indexOf(':');
    at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
  } else {
    at = line.indexOf('=');
  }
  if (at <= 0) {
    return undefined;
  }
  return [unquote(line.slice(0, at)), unquote(line.slice(at + 1))];
}

/** `key = value`, `key: value`, `key "value"` or `key value`, one per line; comments skipped. */
function settings(ctx: TextRuleContext, kind: Kind): Setting[] {
  const out: Setting[] = [];
  let section = '';
  for (let n = 1; n <= ctx.lines.lineCount; n++) {
    const text = ctx.lines.lineText(n);
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) {
      continue;
    }
    const start = ctx.lines.lineStart(n);
    if (trimmed.startsWith('[') && trimmed.endsWith(']') && kind !== 'yarnrc-yml') {
      section = stripBrackets(trimmed).toLowerCase();
      continue;
    }
    const parts = splitSetting(trimmed, kind);
    if (!parts) {
      continue;
    }
    const key = (kind === 'pip' || kind === 'pypirc' || kind === 'bunfig') && section ? `${section}.${parts[0]}` : parts[0];
    out.push({ key, value: parts[1], nested: /^\s/.test(text), start, end: start + text.length });
  }
  return out;
}

function stripBrackets(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && line[a] === '[') {
    a++;
  }
  while (b > a && line[b - 1] === ']') {
    b--;
  }
  return line.slice(a, b).trim();
}

function unquote(value: string): string {
  let v = value.trim();
  const comment = v.indexOf(' #');
  if (comment >= 0) {
    v = v.slice(0, comment).trim();
  }
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}

const ENV_REF = /^\$\{?[A-Z_][A-Z0-9_]*\}?$|^\$\{[^}]+\}$/i;
const FALSE = /^(false|0|no|off)$/i;
const TRUE = /^(true|1|yes|on)$/i;

interface Hit {
  messageId: string;
  data: Record<string, string>;
  severity: Severity;
  category?: Category;
}

function registryHit(key: string, url: string, defaults: ReadonlySet<string>, scoped: boolean): Hit | undefined {
  const host = hostOf(url);
  if (!host) {
    return undefined;
  }
  if (/^http:/i.test(url.trim())) {
    return { messageId: 'httpRegistry', data: { key, url: clip(url) }, severity: 'high' };
  }
  if (defaults.has(host)) {
    return undefined;
  }
  // A scope on a well-known host (`@org:registry=https://npm.pkg.github.com`) is ordinary setup.
  const known = /(^|\.)npm\.pkg\.github\.com$|(^|\.)pkgs\.dev\.azure\.com$|jfrog\.io$|gitlab\.com$/.test(host);
  return { messageId: 'registry', data: { key, url: clip(url) }, severity: scoped && known ? 'low' : scoped ? 'medium' : 'high' };
}

function secretHit(key: string, value: string): Hit | undefined {
  if (value === '' || ENV_REF.test(value) || /^<.*>$|^(x+|\*+|changeme|placeholder)$/i.test(value)) {
    return undefined;
  }
  return { messageId: 'token', data: { key: clip(key, 60) }, severity: 'high', category: 'secrets' };
}

function npmHit(s: Setting): Hit | undefined {
  const key = s.key.toLowerCase();
  const v = s.value;
  if (key === 'registry' || key.endsWith(':registry')) {
    return registryHit(s.key, v, DEFAULT_NPM_HOSTS, key !== 'registry');
  }
  if (/(^|:)(_authtoken|_auth|_password|password)$/.test(key)) {
    return secretHit(s.key, v);
  }
  if (hasUrlCredentials(v)) {
    return secretHit(s.key, v);
  }
  if ((key === 'strict-ssl' || key === 'strictssl') && FALSE.test(v)) {
    return { messageId: 'tlsOff', data: { key: s.key }, severity: 'high', category: 'insecure-config' };
  }
  if (key === 'ignore-scripts' && FALSE.test(v)) {
    return { messageId: 'scriptsOn', data: { key: s.key }, severity: 'medium' };
  }
  if (key === 'unsafe-perm' && TRUE.test(v)) {
    return { messageId: 'unsafePerm', data: {}, severity: 'medium' };
  }
  if (key === 'always-auth' && TRUE.test(v)) {
    return { messageId: 'alwaysAuth', data: {}, severity: 'low' };
  }
  if (['script-shell', 'node-options', 'onload-script', 'git', 'shell', 'init-module', 'yarn-path', 'yarnpath'].includes(key)) {
    return { messageId: 'runs', data: { key: s.key, value: clip(v) }, severity: 'high' };
  }
  return undefined;
}

function yarnYmlHit(s: Setting): Hit | undefined {
  const key = s.key;
  const v = s.value;
  if (key === 'npmRegistryServer') {
    return registryHit(key, v, DEFAULT_NPM_HOSTS, s.nested);
  }
  if (key === 'npmAuthToken' || key === 'npmAuthIdent') {
    return secretHit(key, v);
  }
  if (key === 'enableStrictSsl' && FALSE.test(v)) {
    return { messageId: 'tlsOff', data: { key }, severity: 'high', category: 'insecure-config' };
  }
  if (key === 'unsafeHttpWhitelist') {
    return { messageId: 'httpAllowed', data: { key }, severity: 'medium', category: 'insecure-config' };
  }
  if (key === 'checksumBehavior' && /^(ignore|update)$/i.test(v)) {
    return { messageId: 'checksums', data: { value: v }, severity: 'high' };
  }
  if (key === 'enableScripts' && TRUE.test(v)) {
    return { messageId: 'scriptsOn', data: { key }, severity: 'medium' };
  }
  if (key === 'yarnPath' && !/^\.?\/?\.yarn\/releases\/yarn-[\w.-]+\.c?js$/.test(v)) {
    return { messageId: 'runs', data: { key, value: clip(v) }, severity: 'high' };
  }
  return undefined;
}

function otherHit(kind: Kind, s: Setting): Hit | undefined {
  const key = s.key.toLowerCase();
  const leaf = key.slice(key.lastIndexOf('.') + 1);
  if (kind === 'bunfig') {
    if ((leaf === 'registry' || leaf === 'url') && /^install/.test(key)) {
      return registryHit(s.key, s.value.replace(/^\{.*url\s*=\s*"([^"]+)".*$/, '$1'), DEFAULT_NPM_HOSTS, key !== 'install.registry');
    }
    if (leaf === 'token' || leaf === 'password') {
      return secretHit(s.key, s.value);
    }
    return leaf === 'preload' ? { messageId: 'runs', data: { key: s.key, value: clip(s.value) }, severity: 'medium' } : undefined;
  }
  if (kind === 'pypirc') {
    if (leaf === 'password') {
      return secretHit(s.key, s.value);
    }
    return leaf === 'repository' ? registryHit(s.key, s.value, new Set(['upload.pypi.org', 'test.pypi.org']), true) : undefined;
  }
  if (leaf === 'index-url' || leaf === 'extra-index-url' || leaf === 'find-links') {
    const hit = registryHit(s.key, s.value, DEFAULT_PYPI_HOSTS, false);
    return hit && leaf === 'extra-index-url' ? { ...hit, messageId: 'extraIndex', severity: 'high' } : hit;
  }
  if (leaf === 'trusted-host') {
    return { messageId: 'trustedHost', data: { value: clip(s.value) }, severity: 'high', category: 'insecure-config' };
  }
  return hasUrlCredentials(s.value) ? secretHit(s.key, s.value) : undefined;
}

export default defineTextRule({
  meta: {
    id: 'text/registry-config',
    category: 'supply-chain',
    severity: 'high',
    summary:
      'Package-manager configuration (.npmrc, .yarnrc(.yml), bunfig.toml, pip.conf, .pypirc) that changes where packages come from, turns TLS or checksums off, or holds tokens.',
    why:
      'One line in .npmrc or pip.conf silently redirects every install to another server, and an extra index lets a public package ' +
      'shadow an internal one (dependency confusion). Agents edit these files to "fix" install errors, often by turning TLS off or ' +
      'pasting a token inline.',
    incorrect: [
      { filename: '.npmrc', code: 'registry=https://npm.evil.example/\n' },
      { filename: '.npmrc', code: 'strict-ssl=false\n' },
      { filename: 'pip.conf', code: '[global]\nextra-index-url = https://pypi.internal.example/simple\n' },
      { filename: '.yarnrc.yml', code: 'checksumBehavior: ignore\n' },
    ],
    correct: [
      { filename: '.npmrc', code: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nsave-exact=true\n' },
      { filename: '.yarnrc.yml', code: 'nodeLinker: node-modules\nyarnPath: .yarn/releases/yarn-4.1.0.cjs\n' },
      { filename: 'config/app.ini', code: 'registry=https://npm.evil.example/\n' },
    ],
    messages: {
      registry:
        '`{{key}}` points package installs at `{{url}}` instead of the default registry: that server decides what code is installed.',
      httpRegistry: '`{{key}}` fetches packages over plain http (`{{url}}`): anyone on the network path can replace them.',
      extraIndex:
        '`{{key}}` adds `{{url}}` as an extra package index: pip takes the highest version from any index, so a package there can shadow the real one.',
      token: '`{{key}}` holds a literal credential in a config file that is committed: use an environment variable (`${NPM_TOKEN}`).',
      tlsOff: '`{{key}}` turns off TLS certificate checks for package downloads: a network attacker can serve any package.',
      httpAllowed: '`{{key}}` allows plain-http registries.',
      trustedHost: '`trusted-host = {{value}}` makes pip skip TLS verification for that host.',
      checksums: '`checksumBehavior: {{value}}` stops yarn from rejecting packages whose content changed.',
      scriptsOn: '`{{key}}` re-enables dependency install scripts that were switched off.',
      unsafePerm: '`unsafe-perm=true` runs install scripts without dropping root privileges.',
      alwaysAuth: '`always-auth=true` sends registry credentials with every request.',
      runs: '`{{key}} = {{value}}`: the package manager runs this program or loads this code on every invocation.',
    },
  },
  check(ctx) {
    const kind = kindOf(ctx.path);
    if (!kind) {
      return;
    }
    for (const s of settings(ctx, kind)) {
      const hit = kind === 'npmrc' || kind === 'yarnrc' ? npmHit(s) : kind === 'yarnrc-yml' ? yarnYmlHit(s) : otherHit(kind, s);
      if (hit) {
        ctx.report({
          start: s.start,
          end: s.end,
          messageId: hit.messageId,
          data: hit.data,
          severity: hit.severity,
          category: hit.category,
        });
      }
    }
  },
});
