import { definePyRule, type PyRuleContext } from '../../engine/rule';
import { severityRank, type Severity } from '../../model/finding';
import { field, namedChildren } from '../../python/model';
import { stringValue } from '../../python/literals';
import type { PyNode } from '../../python/tree';
import { dropKind, ipClass, isDocumentationHost, isIPv6, parseIPv4, parseUrl, type HostClass } from '../support/net-urls';
import { netApi } from '../support/py-net-calls';
import { clip, isDocstring } from '../support/py-fs-paths';

interface Hit {
  messageId: string;
  severity: Severity;
  data: Record<string, string>;
}

const URL_RE = /\b(?:https?|wss?|ftp):\/\/[^\s'"`<>()\\{}|^\u0000]+/gi;
const IPV4_RE = /(?<![\w./@-])(\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?!\w|\.\d|\/\d)/g;
const IPV6_RE = /(?<![\w:./@-])\[?((?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F.]{0,39})\]?(?![\w:]|\/\d)/g;
const PUBLIC_TLD =
  /^(com|net|org|io|dev|app|co|me|info|biz|xyz|site|online|top|club|cloud|link|live|sh|to|cc|ws|pw|tk|ml|ga|cf|gq|ru|cn|su|in|us|uk|de|fr|nl|eu|ai|so|gg|ly|tech|space|store|fun|icu|page|run|host|website|digital|network|services|zone)$/;
const HOST_TAIL = /^\.((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,12}))\.?(?::\d{1,5})?(?:[/?#]|$)/i;
const TENANT_HOSTS =
  /(^|\.)(amazonaws\.com|cloudfront\.net|github\.io|githubusercontent\.com|googleapis\.com|firebaseio\.com|windows\.net|azure\.com|azurewebsites\.net|herokuapp\.com|digitaloceanspaces\.com|r2\.cloudflarestorage\.com|huggingface\.co)$/;
/** Names of variables, keywords and keys whose values are documentation links or identifiers. */
const DOC_NAMES =
  /^(__url__|url|homepage|home_page|download_url|project_urls|repository|documentation|docs?(_url)?|help(_url)?|see_also|reference|license(_url)?|website|source|issues|bug_tracker|changelog|schema|\$schema|xmlns|namespace|ns)$/i;
const VERSION_NAME = /version|^ver$|release|build|semver/i;
/** Calls whose string arguments are messages, not destinations. */
const MESSAGE_CALLS =
  /(^|\.)(print|debug|info|warning|warn|error|exception|critical|log|add_argument|ArgumentParser|echo|secho|write)$|Error$|Exception$|Warning$/;

function ipHit(ip: string, cls: HostClass, testFile: boolean): Hit | undefined {
  switch (cls) {
    case 'metadata':
      return { messageId: 'metadata', severity: 'high', data: { url: ip } };
    case 'documentation':
      return testFile ? undefined : { messageId: 'rawIp', severity: 'medium', data: { ip } };
    case 'public':
      return { messageId: 'rawIp', severity: 'medium', data: { ip } };
    case 'private':
      return { messageId: 'localIp', severity: 'low', data: { ip } };
    default:
      return undefined;
  }
}

function urlHit(url: string, testFile: boolean): Hit | undefined {
  const parsed = parseUrl(url);
  if (!parsed || isDocumentationHost(parsed.host)) {
    return undefined;
  }
  const shown = clip(url.replace(/\/\/([^/:@]*):[^/@]*@/, '//$1:***@'));
  const drop = dropKind(url, parsed.host);
  if (drop) {
    return { messageId: 'drop', severity: 'high', data: { url: shown, service: drop } };
  }
  const cls = ipClass(parsed.host);
  if (cls === 'metadata') {
    return { messageId: 'metadata', severity: 'high', data: { url: shown } };
  }
  if (parsed.credentials) {
    return { messageId: 'credentials', severity: 'medium', data: { url: shown } };
  }
  if (cls === 'public' || (cls === 'documentation' && !testFile)) {
    return { messageId: 'rawIp', severity: 'medium', data: { ip: shown } };
  }
  if (cls === 'loopback' || cls === 'unspecified' || cls === 'documentation') {
    return undefined;
  }
  return cls === 'private'
    ? { messageId: 'localUrl', severity: 'low', data: { url: shown } }
    : { messageId: 'url', severity: 'low', data: { url: shown } };
}

function scan(text: string, versionContext: boolean, testFile: boolean): Hit[] {
  const hits: Hit[] = [];
  const rest = text.replace(URL_RE, (url) => {
    const hit = urlHit(url.replace(/[.,;:!?]+$/, ''), testFile);
    if (hit) {
      hits.push(hit);
    }
    return ' ';
  });
  if (!versionContext) {
    for (const m of rest.matchAll(IPV4_RE)) {
      const hit = parseIPv4(m[1]) ? ipHit(m[0], ipClass(m[1]), testFile) : undefined;
      if (hit) {
        hits.push(hit);
      }
    }
  }
  for (const m of rest.matchAll(IPV6_RE)) {
    const hit = isIPv6(m[1]) && /[0-9a-f]:|:[0-9a-f]/i.test(m[1]) ? ipHit(m[0], ipClass(m[1]), testFile) : undefined;
    if (hit) {
      hits.push(hit);
    }
  }
  return hits;
}

/** The name a string is bound to or passed as: variable, keyword, dict key, or the called function. */
function contextName(ctx: PyRuleContext, node: PyNode): string | undefined {
  const parent = node.parent;
  switch (parent?.type) {
    case 'assignment':
      return ctx
        .text(field(parent, 'left') ?? parent)
        .split('.')
        .pop();
    case 'keyword_argument':
      return ctx.text(field(parent, 'name') ?? parent);
    case 'pair':
      return field(parent, 'value') === node ? ctx.strings(field(parent, 'key') ?? parent)?.[0] : undefined;
    case 'argument_list': {
      const call = parent.parent;
      return call?.type === 'call' ? ctx.text(field(call, 'function') ?? call) : undefined;
    }
    default:
      return undefined;
  }
}

/** Text of a string literal: constant parts, with interpolations as a separator. */
function literalText(ctx: PyRuleContext, node: PyNode): string {
  if (node.type === 'concatenated_string') {
    return namedChildren(node)
      .map((c) => literalText(ctx, c))
      .join('');
  }
  const value = stringValue(node, ctx.sourceText);
  if (value.constant) {
    return value.value;
  }
  return node.children.map((c) => (c.type === 'string_content' ? ctx.text(c) : c.type === 'interpolation' ? '\u0000' : '')).join('');
}

/** Package indexes everyone uses; any other index in code is a new source of installed code. */
const KNOWN_INDEX_HOSTS = /^(pypi\.org|test\.pypi\.org|pypi\.python\.org|files\.pythonhosted\.org|download\.pytorch\.org)$/i;
const INDEX_URL = /(?:(?:extra-)?index-url\s*[= ]\s*)?(https?:\/\/([^/\s'"@:]+)(?::\d+)?(?:\/[^\s'"]*)?)/gi;

/** A URL in the text that names a Python package index: a `/simple` path, or given to `index-url`. */
function packageIndex(text: string): string | undefined {
  INDEX_URL.lastIndex = 0;
  for (let m = INDEX_URL.exec(text), n = 0; m && n < 20; m = INDEX_URL.exec(text), n++) {
    const [whole, url, host] = m;
    const named = /index-url/i.test(whole.slice(0, whole.length - url.length));
    if ((named || /\/simple\/?$/.test(url)) && !KNOWN_INDEX_HOSTS.test(host)) {
      return url;
    }
  }
  return undefined;
}

export default definePyRule({
  meta: {
    id: 'py/hardcoded-endpoint',
    category: 'network',
    severity: 'low',
    summary:
      'Hard-coded URLs and IP addresses in Python strings; medium for public IPs, credentials in URLs and host names built ' +
      'from data, high for paste/webhook/tunnel services and the cloud metadata service.',
    why:
      'A fixed endpoint decides where data goes. AI-written changes sometimes carry an address nobody asked for: a raw IP, a ' +
      'paste site, a Discord or Telegram webhook, an ngrok tunnel, or the cloud metadata service that hands out credentials. ' +
      'Ordinary API URLs are reported quietly; docstrings, localhost, example domains and schema URLs are not reported.',
    incorrect: [
      "API = 'https://api.stripe.com/v1'",
      "HOOK = 'https://discord.com/api/webhooks/123/abc'",
      "host = '45.33.32.156'",
      "META = 'http://169.254.169.254/latest/meta-data/'",
    ],
    correct: [
      'def f():\n    """See https://docs.python.org/3/library/os.html"""',
      "BASE = 'http://localhost:8000'",
      "site = 'https://example.com/docs'",
      "__version__ = '1.2.3.4'",
      "ns = 'http://www.w3.org/2000/svg'",
    ],
    messages: {
      url: 'Hard-coded URL `{{url}}`: a fixed endpoint decides where data goes; check the destination is expected.',
      localUrl: 'Hard-coded private-network URL `{{url}}`.',
      localIp: 'Hard-coded private-network address `{{ip}}`.',
      rawIp:
        'Hard-coded public IP address `{{ip}}`: a raw address skips the names a reviewer would recognize and is typical of ' +
        'command-and-control or exfiltration endpoints.',
      dynamicHost:
        'Host name `{{host}}` is built from data (`{{code}}`): looking it up or connecting to it sends that data, as a ' +
        'sub-domain, to whoever runs `{{domain}}`.',
      credentials: 'URL with embedded credentials `{{url}}`: the secret is in the code, and the endpoint receives it.',
      drop:
        '`{{url}}` points at {{service}}, a paste, webhook or tunnel service: whoever holds the link receives what is sent ' +
        'there, a classic exfiltration channel.',
      packageIndex:
        '`{{url}}` is a Python package index other than PyPI: packages installed from it are whatever its owner serves, ' +
        'under names that can shadow real ones.',
      metadata: "`{{url}}` is the cloud instance metadata service: it hands the machine's cloud credentials to any code that asks.",
    },
  },
  create(ctx) {
    const lists = new Map<PyNode, PyNode>();

    function quiet(node: PyNode, name: string | undefined): boolean {
      if (ctx.isTestFile || (name !== undefined && (DOC_NAMES.test(name) || MESSAGE_CALLS.test(name)))) {
        return true;
      }
      // A link inside a message: `raise ValueError(f'see {URL}')`, `logger.info('...')`.
      for (let p = node.parent, i = 0; p && i < 4; p = p.parent, i++) {
        if (p.type === 'call' && MESSAGE_CALLS.test(ctx.text(field(p, 'function') ?? p))) {
          return true;
        }
        if (p.type === 'call' && ctx.refs(field(p, 'function') ?? p).some((r) => netApi(r.name) !== undefined)) {
          return true;
        }
      }
      return false;
    }

    function dynamicHost(node: PyNode): Hit | undefined {
      if (node.type !== 'string' || ctx.isTestFile) {
        return undefined;
      }
      const parts = node.children.filter((c) => c.type === 'string_content' || c.type === 'interpolation');
      if (parts[0]?.type !== 'interpolation' && !/^[a-z0-9.-]*$/i.test(ctx.text(parts[0] ?? node))) {
        return undefined;
      }
      for (let i = 1; i < parts.length; i++) {
        const m = parts[i - 1].type === 'interpolation' && parts[i].type === 'string_content' ? HOST_TAIL.exec(ctx.text(parts[i])) : null;
        const domain = m?.[1].toLowerCase();
        if (m && domain && PUBLIC_TLD.test(m[2].toLowerCase()) && !isDocumentationHost(domain) && !TENANT_HOSTS.test(domain)) {
          const owner = domain.split('.').slice(-2).join('.');
          return {
            messageId: 'dynamicHost',
            severity: 'medium',
            data: { host: `*.${domain}`, code: clip(ctx.text(node), 60), domain: owner },
          };
        }
      }
      return undefined;
    }

    function check(node: PyNode): void {
      if (node.parent?.type === 'concatenated_string' || isDocstring(node)) {
        return;
      }
      const text = literalText(ctx, node);
      if (!/[:.]/.test(text)) {
        return;
      }
      const name = contextName(ctx, node);
      const index = packageIndex(text);
      if (index && !ctx.isTestFile) {
        // Where packages come from is a supply-chain question before it is a network one.
        ctx.report({
          node,
          messageId: 'packageIndex',
          data: { url: clip(index, 80) },
          severity: index.startsWith('http:') ? 'high' : 'medium',
          category: 'supply-chain',
        });
        return;
      }
      const hits = scan(text, name !== undefined && VERSION_NAME.test(name), ctx.isTestFile);
      const dyn = dynamicHost(node);
      if (dyn) {
        hits.push(dyn);
      }
      if (hits.length === 0) {
        return;
      }
      const worst = hits.reduce((a, b) => (severityRank(b.severity) > severityRank(a.severity) ? b : a));
      if (worst.severity === 'low' && quiet(node, name)) {
        return;
      }
      const parent = node.parent;
      if (parent && (parent.type === 'list' || parent.type === 'tuple' || parent.type === 'set')) {
        if (lists.has(parent)) {
          return;
        }
        lists.set(parent, node);
      }
      ctx.report({ node, messageId: worst.messageId, data: worst.data, severity: worst.severity });
    }

    return { string: check, concatenated_string: check };
  },
});
