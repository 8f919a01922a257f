/**
 * URLs, hosts and IP addresses as they appear in code: what a URL argument starts with, which
 * host it names, whether a host is loopback, private, a cloud metadata endpoint or a paste,
 * webhook or tunnel service. Pure string work: nothing is resolved or fetched.
 */
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';

/** The constant beginning of a URL expression (`${base}/x` has none; `/api/${id}` has `/api/`). */
export function urlPrefixes(ctx: TsRuleContext, node: Node, depth = 0): string[] | undefined {
  const strings = ctx.strings(node);
  if (strings) {
    return strings;
  }
  if (depth > 4) {
    return undefined;
  }
  switch (node.type) {
    case 'TemplateLiteral': {
      const head = node.quasis[0].value.cooked ?? '';
      return head ? [head] : node.expressions[0] ? urlPrefixes(ctx, node.expressions[0], depth + 1) : undefined;
    }
    case 'BinaryExpression':
      return node.operator === '+' ? urlPrefixes(ctx, node.left, depth + 1) : undefined;
    case 'Identifier': {
      for (const value of ctx.values(node)) {
        const decl = value.trace?.[0];
        if (decl?.type === 'VariableDeclarator' && decl.init) {
          return urlPrefixes(ctx, decl.init, depth + 1);
        }
      }
      return undefined;
    }
    case 'NewExpression':
      return node.arguments[0] && ctx.text(node.callee) === 'URL'
        ? urlPrefixes(ctx, node.arguments[node.arguments.length > 1 ? 1 : 0], depth + 1)
        : undefined;
    default:
      return undefined;
  }
}

export function isRelativeUrl(url: string): boolean {
  return (url.startsWith('/') && !url.startsWith('//')) || url.startsWith('./') || url.startsWith('../') || url.startsWith('?');
}

export interface ParsedUrl {
  scheme: string;
  host: string;
  credentials: boolean;
}

export function parseUrl(url: string): ParsedUrl | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(?:([^/?#@\s]*)@)?(\[[^\]]+\]|[^/?#:\s]*)/i.exec(url);
  if (!m) {
    return undefined;
  }
  return {
    scheme: m[1].toLowerCase(),
    host: m[3].toLowerCase().replace(/^\[|\]$/g, ''),
    credentials: m[2] !== undefined && m[2].includes(':'),
  };
}

export function parseIPv4(s: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) {
    return undefined;
  }
  const parts = m.slice(1).map(Number);
  return parts.every((p, i) => p <= 255 && !(m[i + 1].length > 1 && m[i + 1].startsWith('0'))) ? parts : undefined;
}

/** A strict IPv6 check (with an optional embedded IPv4 tail). */
export function isIPv6(s: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(s) || !s.includes(':') || /:::/.test(s)) {
    return false;
  }
  const double = s.split('::');
  if (double.length > 2) {
    return false;
  }
  let groups = s.split(':').filter((g) => g !== '');
  const last = groups[groups.length - 1];
  let extra = 0;
  if (last?.includes('.')) {
    if (!parseIPv4(last)) {
      return false;
    }
    groups = groups.slice(0, -1);
    extra = 2;
  }
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) {
    return false;
  }
  const count = groups.length + extra;
  return double.length === 2 ? count < 8 : count === 8;
}

/**
 * `documentation`: the ranges set aside for examples (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
 * 2001:db8::/32). In code under review they stand in for a real public address, so they are
 * treated like one outside tests.
 */
export type HostClass = 'loopback' | 'private' | 'metadata' | 'unspecified' | 'reserved' | 'documentation' | 'public' | 'name';

export function ipClass(host: string): HostClass {
  const v4 = parseIPv4(host);
  if (v4) {
    const [a, b] = v4;
    if (host === '169.254.169.254' || host === '100.100.100.200' || host === '169.254.170.2') {
      return 'metadata';
    }
    if (a === 127) {
      return 'loopback';
    }
    if (a === 0) {
      return 'unspecified';
    }
    if (
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    ) {
      return 'private';
    }
    const c = v4[2];
    if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) {
      return 'documentation';
    }
    if (a >= 224 || (a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19 || b === 51)) || (a === 203 && b === 0)) {
      return 'reserved';
    }
    return 'public';
  }
  if (isIPv6(host)) {
    const h = host.toLowerCase();
    if (h === '::1') {
      return 'loopback';
    }
    if (h === '::' || /^0*:?(0*:)*0*$/.test(h)) {
      return 'unspecified';
    }
    if (h === 'fd00:ec2::254') {
      return 'metadata';
    }
    if (/^f[cd]/.test(h) || /^fe[89ab]/.test(h)) {
      return 'private';
    }
    if (/^::ffff:/.test(h)) {
      return ipClass(h.slice(7));
    }
    if (/^2001:0?db8:/.test(h)) {
      return 'documentation';
    }
    if (/^ff/.test(h)) {
      return 'reserved';
    }
    return 'public';
  }
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return 'loopback';
  }
  if (host === 'metadata.google.internal' || host === 'metadata') {
    return 'metadata';
  }
  return 'name';
}

/** Hosts that receive data for whoever holds the link: pastes, webhooks, request bins, tunnels, file drops. */
const DROP_HOSTS =
  /(^|\.)(pastebin\.com|paste\.ee|hastebin\.com|ghostbin\.\w+|rentry\.(co|org)|dpaste\.(com|org)|pastes\.io|termbin\.com|ix\.io|sprunge\.us|ngrok\.io|ngrok-free\.app|ngrok\.app|ngrok\.dev|trycloudflare\.com|loca\.lt|localtunnel\.me|serveo\.net|localhost\.run|webhook\.site|requestbin\.(com|net)|pipedream\.net|requestcatcher\.com|beeceptor\.com|hookbin\.com|postb\.in|ptsv2\.com|ptsv3\.com|interact\.sh|oast\.(fun|live|me|online|pro|site)|burpcollaborator\.net|canarytokens\.com|transfer\.sh|file\.io|0x0\.st|anonfiles\.com|gofile\.io|catbox\.moe|litterbox\.catbox\.moe|temp\.sh|bashupload\.com|duckdns\.org|no-ip\.(com|org)|ddns\.net|hopto\.org|serveo\.net|pagekite\.me)$/;

/** The kind of data drop a URL points at, if any. */
export function dropKind(url: string, host: string): string | undefined {
  if (DROP_HOSTS.test(host) || host.endsWith('.onion')) {
    return host;
  }
  const lower = url.toLowerCase();
  if (/^(discord(app)?\.com|ptb\.discord\.com|canary\.discord\.com)$/.test(host) && lower.includes('/api/webhooks')) {
    return 'a Discord webhook';
  }
  if (host === 'api.telegram.org' && lower.includes('api.telegram.org/bot')) {
    return 'the Telegram bot API';
  }
  if (host === 'hooks.slack.com') {
    return 'a Slack webhook';
  }
  return undefined;
}

/** Hosts that only ever appear as documentation or identifiers: XML namespaces, schemas, example domains. */
export function isDocumentationHost(host: string): boolean {
  return (
    /(^|\.)(w3\.org|json-schema\.org|schema\.org|schemas\.xmlsoap\.org|schemas\.microsoft\.com|schemas\.openxmlformats\.org|purl\.org|xml\.org|ogp\.me|xmlns\.com|example\.(com|org|net|edu)|example|test|invalid|localdomain)$/.test(
      host,
    ) || host === ''
  );
}

/** A URL with a password, a bare IP or a file-drop protocol (`ftp://user:pw@203.0.113.40/in`). */
const DROP_URL = /\b(ftps?|sftp|scp|smtps?|https?|wss?|tcp):\/\/(?:([^\s'"`@/]{1,100})@)?(\[[0-9a-f:.]+\]|[a-z0-9.-]{1,253})/i;

/**
 * The hard-coded address in a literal's text that looks like somewhere to send data rather than a
 * service the project uses: it carries a password, names a bare (non-loopback) IP, or uses a
 * file-drop protocol (FTP, SFTP, SMTP). Undefined otherwise. The answer never repeats the password.
 */
export function hardCodedDrop(text: string): string | undefined {
  const m = DROP_URL.exec(text);
  if (!m) {
    return undefined;
  }
  const [, scheme, userinfo, host] = m;
  const kind = ipClass(host.replace(/^\[|\]$/g, ''));
  const local = kind === 'loopback' || kind === 'unspecified' || /^localhost$/i.test(host);
  // Private ranges are usually the project's own infrastructure (a CI registry mirror); a password or FTP still counts.
  const ip = kind !== 'name' && kind !== 'private';
  if (local || !(userinfo?.includes(':') || ip || /^(ftps?|sftp|scp|smtps?)$/i.test(scheme))) {
    return undefined;
  }
  return `a hard-coded address (${scheme}://${userinfo ? '…@' : ''}${host})`;
}

/** Sign-in, token exchange and account endpoints: they take credentials by design. */
export const CREDENTIAL_ENDPOINT =
  /\/(oauth2?|token|tokens|auth|login|logon|signin|sign-in|signup|sign-up|register|session|sessions|authorize|users?|accounts?|password|credentials)\b/i;
