import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isNameLiteral } from '../support/name-literals';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { severityRank, type Severity } from '../../model/finding';
import { networkCall } from '../support/net-sources';
import { dropKind, ipClass, isDocumentationHost, isIPv6, parseIPv4, parseUrl, type HostClass } from '../support/net-urls';

interface Hit {
  messageId: string;
  severity: Severity;
  data: Record<string, string>;
}

const URL_RE = /\b(?:https?|wss?|ftp):\/\/[^\s'"`<>()\\{}|^\u0000]+/gi;
/** An IPv4 address with an optional port; not a version after `/` (`Chrome/120.0.0.0`), not a CIDR range. */
const IPV4_RE = /(?<![\w./@-])(\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?!\w|\.\d|\/\d)/g;
const IPV6_RE = /(?<![\w:./@-])\[?((?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F.]{0,39})\]?(?![\w:]|\/\d)/g;

/** Top-level domains of public names (a `.local`, `.internal` or `.svc` name never leaves the network). */
const PUBLIC_TLD =
  /^(com|net|org|io|dev|app|co|me|info|biz|xyz|site|online|top|club|cloud|link|live|sh|to|cc|ws|pw|tk|ml|ga|cf|gq|ru|cn|su|in|us|uk|de|fr|nl|eu|ai|so|gg|ly|tech|space|store|fun|icu|page|run|host|website|digital|network|services|zone)$/;
/** The constant tail of a host name built from data: `.canary.attacker.net` after `${data}`. */
const HOST_TAIL = /^\.((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,12}))\.?(?::\d{1,5})?(?:[/?#]|$)/i;

/** Cloud services that give every customer a sub-domain: `${bucket}.s3.amazonaws.com` is how they are addressed. */
const TENANT_HOSTS =
  /(^|\.)(amazonaws\.com|cloudfront\.net|github\.io|githubusercontent\.com|googleapis\.com|firebaseio\.com|windows\.net|azure\.com|azurewebsites\.net|herokuapp\.com|digitaloceanspaces\.com|r2\.cloudflarestorage\.com)$/;

/** Keys whose values are documentation links, schema ids or XML namespaces. */
const DOC_KEYS =
  /^(\$schema|\$id|\$ref|xmlns(:\w+)?|xmlnsXlink|homepage|repository|bugs|license|licenses|docs?|documentation|docsUrl|docUrl|helpUrl|helpUri|learnMore|learnMoreUrl|moreInfo|reference|references|see|seeAlso|website|author)$/i;
/** JSX attributes that link or embed rather than send. */
const LINK_ATTRS = /^(href|src|srcSet|cite|poster|action|xmlns|xmlnsXlink|data|content)$/;
const VERSION_NAME = /version|^ver$|release|build|semver/i;

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function ipHit(ip: string, cls: HostClass, testFile: boolean): Hit | undefined {
  switch (cls) {
    case 'metadata':
      return { messageId: 'metadata', severity: 'high', data: { url: ip } };
    case 'documentation':
      return testFile ? undefined : { messageId: 'rawIp', severity: 'medium', data: { ip } };
    case 'public':
      return { messageId: 'rawIp', severity: 'medium', data: { ip } };
    case 'loopback':
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
    return { messageId: 'drop', severity: 'medium', data: { url: shown, service: drop } };
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
  if (cls === 'loopback' || cls === 'private') {
    return { messageId: 'localUrl', severity: 'low', data: { url: shown } };
  }
  return { messageId: 'url', severity: 'low', data: { url: shown } };
}

/** Every endpoint in one piece of literal text. */
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

export default defineTsRule({
  meta: {
    id: 'ts/hardcoded-endpoint',
    category: 'network',
    severity: 'low',
    summary:
      'Hard-coded URLs and IP addresses; medium for public IPs, credentials in URLs and paste/webhook/tunnel hosts, high for cloud metadata.',
    why:
      'A fixed endpoint decides where data goes. AI-written changes sometimes carry an address nobody asked for: a raw IP, a ' +
      'paste site, a Discord or Telegram webhook, an ngrok tunnel, or the cloud metadata service that hands out credentials. ' +
      'Ordinary API URLs are reported quietly; the ones that are classic exfiltration channels are not.',
    incorrect: [
      "const API = 'https://api.stripe.com/v1';",
      "const HOOK = 'https://discord.com/api/webhooks/123/abc';",
      "const host = '45.33.32.156:4444';",
      "const meta = 'http://169.254.169.254/latest/meta-data/iam/security-credentials/';",
    ],
    correct: [
      "const ns = 'http://www.w3.org/2000/svg';",
      "const v = { version: '1.2.3.4' };",
      "const site = 'https://example.com/docs';",
      "import x from 'https://cdn.test/mod.js';",
    ],
    messages: {
      url: 'Hard-coded URL `{{url}}`: a fixed endpoint decides where data goes; check the destination is expected.',
      localUrl: 'Hard-coded local or private-network URL `{{url}}`.',
      localIp: 'Hard-coded local or private-network address `{{ip}}`.',
      rawIp:
        'Hard-coded public IP address `{{ip}}`: a raw address skips the names a reviewer would recognize and is typical of ' +
        'command-and-control or exfiltration endpoints.',
      dynamicHost:
        'Host name `{{host}}` is built from data (`{{code}}`): looking it up or connecting to it sends that data, as a ' +
        'sub-domain, to whoever runs `{{domain}}` (DNS tunnelling needs no open connection and passes most firewalls).',
      credentials: 'URL with embedded credentials `{{url}}`: the secret is in the code, and the endpoint receives it.',
      drop:
        '`{{url}}` points at {{service}}, a paste, webhook or tunnel service: whoever holds the link receives what is sent ' +
        'there, a classic exfiltration channel.',
      metadata: "`{{url}}` is the cloud instance metadata service: it hands the machine's cloud credentials to any code that asks.",
    },
  },
  create(ctx) {
    const candidates: { node: Node; hit: Hit }[] = [];
    /** Literals that are directly the destination of a request ts/network-request already flags. */
    const direct = new Set<Node>();

    function contextName(node: Node): string | undefined {
      const parent = node.parent;
      switch (parent?.type) {
        case 'Property':
          return parent.value === node && !parent.computed ? ctx.text(parent.key).replace(/^['"]|['"]$/g, '') : undefined;
        case 'VariableDeclarator':
          return parent.id.type === 'Identifier' ? parent.id.name : undefined;
        case 'AssignmentExpression':
          return ctx.text(parent.left).split('.').pop();
        case 'JSXAttribute':
          return typeof parent.name.name === 'string' ? parent.name.name : parent.name.name.name;
        case 'CallExpression':
          return ctx.text(parent.callee).split('.').pop();
        default:
          return undefined;
      }
    }

    function skipped(node: Node): boolean {
      const parent = node.parent;
      return isNameLiteral(node) || (parent?.type === 'ExpressionStatement' && parent.directive !== undefined);
    }

    /** Contexts where an ordinary URL is noise: tests, docs keys, UI links, log and error messages. */
    function quiet(node: Node, name: string | undefined): boolean {
      if (
        ctx.isTestFile ||
        (name !== undefined && (DOC_KEYS.test(name) || (node.parent?.type === 'JSXAttribute' && LINK_ATTRS.test(name))))
      ) {
        return true;
      }
      const parent = node.parent;
      const outer = parent?.type === 'Property' ? parent.parent?.parent : undefined;
      if (outer?.type === 'Property' && !outer.computed && DOC_KEYS.test(ctx.text(outer.key).replace(/^['"]|['"]$/g, ''))) {
        return true;
      }
      const call = parent?.type === 'Property' ? parent.parent?.parent : parent;
      if (call?.type === 'CallExpression' || call?.type === 'NewExpression') {
        return /^(console\.\w+|\w*Error|logger\.\w+|log\.\w+)$/.test(ctx.text(call.callee));
      }
      return false;
    }

    function check(node: Node, text: string): void {
      if (!/[:.]/.test(text) || skipped(node)) {
        return;
      }
      const name = contextName(node);
      const hits = scan(text, name !== undefined && VERSION_NAME.test(name), ctx.isTestFile);
      if (hits.length === 0) {
        return;
      }
      const worst = hits.reduce((a, b) => (severityRank(b.severity) > severityRank(a.severity) ? b : a));
      if (worst.severity === 'low' && quiet(node, name)) {
        return;
      }
      candidates.push({ node, hit: worst });
    }

    /** `${encoded}.canary.attacker.net`: a bare host name (no scheme) whose first labels come from data. */
    function checkDynamicHost(node: TSESTree.TemplateLiteral): void {
      if (node.expressions.length === 0 || skipped(node) || ctx.isTestFile) {
        return;
      }
      const head = node.quasis[0].value.cooked ?? '';
      if (!/^[a-z0-9.-]*$/i.test(head)) {
        return;
      }
      for (let i = 1; i < node.quasis.length; i++) {
        const m = HOST_TAIL.exec(node.quasis[i].value.cooked ?? '');
        const domain = m?.[1].toLowerCase();
        if (!m || !domain || !PUBLIC_TLD.test(m[2].toLowerCase()) || isDocumentationHost(domain) || TENANT_HOSTS.test(domain)) {
          continue;
        }
        const code = clip(ctx.text(node).slice(1, -1));
        const owner = domain.split('.').slice(-2).join('.');
        candidates.push({
          node,
          hit: { messageId: 'dynamicHost', severity: 'medium', data: { host: `*.${domain}`, code, domain: owner } },
        });
        return;
      }
    }

    function checkCall(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const net = networkCall(ctx, node);
      if (net) {
        node.arguments.forEach((a) => direct.add(a));
        if (net.url) {
          direct.add(net.url);
        }
      }
    }

    return {
      Literal(node: TSESTree.Literal) {
        if (typeof node.value === 'string') {
          check(node, node.value);
        }
      },
      TemplateLiteral(node: TSESTree.TemplateLiteral) {
        check(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('\u0000'));
        checkDynamicHost(node);
      },
      CallExpression: checkCall,
      NewExpression: checkCall,
      'Program:exit'() {
        // A list of endpoints (`['1.2.3.4', '5.6.7.8']`) is one finding, the other items related.
        const lists = new Map<string, { node: Node; hit: Hit; related: { node: Node; message: string }[] }>();
        for (const { node, hit } of candidates) {
          if (hit.severity === 'low' && direct.has(node)) {
            continue;
          }
          const parent = node.parent;
          const key = parent?.type === 'ArrayExpression' ? `${parent.range[0]}:${hit.messageId}` : `${node.range[0]}`;
          const first = lists.get(key);
          if (first) {
            first.related.push({ node, message: 'another hard-coded endpoint in the same list' });
          } else {
            lists.set(key, { node, hit, related: [] });
          }
        }
        for (const { node, hit, related } of lists.values()) {
          ctx.report({
            node,
            messageId: hit.messageId,
            data: hit.data,
            severity: hit.severity,
            related: related.length > 0 ? related : undefined,
          });
        }
      },
    };
  },
});
