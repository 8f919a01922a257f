import { definePyRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { isEnvMapping } from '../support/py-fs-paths';
import { clipText } from '../support/py-install-commands';

/** Keyword arguments that turn certificate checks off when false. */
const VERIFY_KEYWORDS =
  /^(verify|verify_ssl|verify_certs|ssl_verify|validate_certs|check_hostname|verify_cert|insecure_skip_verify|tls_verify)$/;
/** Names of settings that decide whether certificates are checked. */
const VERIFY_SETTING = /(^|_)(verify(_(ssl|tls|certs?|https|certificates?))?|ssl_verify|tls_verify|check_hostname|validate_certs)$/i;
/** `ssl=False` only means "no verification" for these clients. */
const SSL_FALSE_CLIENTS = /^(aiohttp\.|httpx\.|websockets?\.)/;
const HTTP_METHODS = /^(get|post|put|patch|delete|head|options|request|send|stream|ws_connect|urlopen)$/;
const UNVERIFIED = new Set(['ssl._create_unverified_context', 'ssl._create_stdlib_context']);
const WARNING_SILENCERS = new Set([
  'urllib3.disable_warnings',
  'requests.packages.urllib3.disable_warnings',
  'requests.urllib3.disable_warnings',
]);
/** Environment variables that turn verification off (or point it at nothing). */
const ENV_OFF: Record<string, (v: string) => boolean> = {
  PYTHONHTTPSVERIFY: (v) => v === '0',
  CURL_CA_BUNDLE: (v) => v === '',
  REQUESTS_CA_BUNDLE: (v) => v === '',
  SSL_CERT_FILE: (v) => v === '',
  NODE_TLS_REJECT_UNAUTHORIZED: (v) => v === '0',
  GIT_SSL_NO_VERIFY: (v) => v !== '' && v !== '0' && v.toLowerCase() !== 'false',
  HTTPX_SSL_VERIFY: (v) => v === '0' || v.toLowerCase() === 'false',
};

function isFalse(node: PyNode | undefined, numbers: (n: PyNode) => number[] | undefined): boolean {
  return node !== undefined && (node.type === 'false' || numbers(node)?.every((n) => n === 0) === true);
}

export default definePyRule({
  meta: {
    id: 'py/tls-verification-disabled',
    category: 'insecure-config',
    severity: 'high',
    summary:
      'TLS certificate checks turned off: `verify=False` (requests, httpx, boto3...), `session.verify = False`, `ssl._create_unverified_context`, `check_hostname = False`, `CERT_NONE`, emptied CA-bundle variables, `urllib3.disable_warnings` and paramiko `AutoAddPolicy`.',
    why:
      'Without certificate checks anyone on the network path can read and change the traffic, including credentials and the ' +
      'code or data being downloaded. Agents switch verification off to get past a certificate error, and silence the warning that would have said so.',
    incorrect: [
      'import requests\nrequests.get(url, verify=False)',
      'import ssl\nctx = ssl._create_unverified_context()',
      'import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE',
      'import urllib3\nurllib3.disable_warnings()',
      'import paramiko\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())',
    ],
    correct: [
      "import requests\nrequests.get(url, verify='/etc/ssl/certs/ca.pem')",
      'import requests\nrequests.get(url, timeout=10)',
      'import ssl\nctx = ssl.create_default_context()',
      'def check(verify=False):\n    return verify',
    ],
    messages: {
      keyword:
        '`{{call}}` is called with `{{keyword}}={{value}}`: certificates are not checked, so anyone on the path can read and change the traffic.',
      attribute: '`{{code}}` turns certificate checking off for everything this object sends.',
      setting:
        '`{{code}}` is the setting that decides certificate checks, now off by default: every client that reads it trusts any server.',
      unverified: '`{{call}}` creates an SSL context that checks no certificates.',
      globalUnverified: '`{{code}}` makes every HTTPS connection in the process skip certificate checks.',
      certNone: '`{{code}}` uses `ssl.CERT_NONE`: the peer\u2019s certificate is not checked.',
      warnings: '`{{code}}` silences the warning urllib3 gives for unverified HTTPS requests.',
      env: '`{{code}}` sets `{{name}}` so that child processes and libraries skip certificate checks.',
      hostKey: '`{{call}}` accepts any SSH host key: the first server that answers is trusted, man-in-the-middle included.',
    },
  },
  create(ctx) {
    const numbers = (n: PyNode): number[] | undefined => ctx.numbers(n);
    const reported = new Set<PyNode>();
    const report = (node: PyNode, messageId: string, data: Record<string, string>, severity?: Severity): void => {
      if (!reported.has(node)) {
        reported.add(node);
        ctx.report({ node, messageId, data, severity });
      }
    };

    function checkKeywords(node: PyNode, names: string[]): void {
      const args = callArguments(node, ctx.sourceText);
      const fn = field(node, 'function');
      const method = fn?.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : ctx.text(fn ?? node);
      const call = clipText((names[0] ?? ctx.text(fn ?? node)).replace(/\(\)/g, ''), 50);
      for (const [keyword, value] of args.keywords) {
        const off =
          (VERIFY_KEYWORDS.test(keyword) && isFalse(value, numbers)) ||
          (keyword === 'ssl' &&
            isFalse(value, numbers) &&
            (names.some((n) => SSL_FALSE_CLIENTS.test(n)) || HTTP_METHODS.test(method) || /Connector$/.test(method))) ||
          (keyword === 'cert_reqs' && (ctx.strings(value)?.includes('CERT_NONE') || ctx.names(value).includes('ssl.CERT_NONE')));
        if (off) {
          report(node, 'keyword', { call, keyword, value: clipText(ctx.text(value), 20) });
          return;
        }
      }
    }

    function checkEnvWrite(node: PyNode, key: PyNode | undefined, value: PyNode | undefined): void {
      const name = key ? ctx.strings(key)?.[0] : undefined;
      const values = value ? ctx.strings(value) : undefined;
      if (name && ENV_OFF[name] && values?.some(ENV_OFF[name])) {
        report(node, 'env', { code: clipText(ctx.text(node), 60), name });
      }
    }

    return {
      call(node) {
        const names = ctx.callNames(node);
        const args = callArguments(node, ctx.sourceText);
        const code = clipText(ctx.text(node), 60);
        if (names.some((n) => UNVERIFIED.has(n))) {
          report(node, 'unverified', { call: names.find((n) => UNVERIFIED.has(n)) as string });
          return;
        }
        if (names.some((n) => WARNING_SILENCERS.has(n))) {
          report(node, 'warnings', { code }, 'medium');
          return;
        }
        if (
          names.some((n) => n === 'warnings.filterwarnings' || n === 'warnings.simplefilter') &&
          /InsecureRequestWarning/.test(ctx.text(node))
        ) {
          report(node, 'warnings', { code }, 'medium');
          return;
        }
        if (names.some((n) => /^paramiko\.(client\.)?(AutoAddPolicy|WarningPolicy)$/.test(n))) {
          report(node, 'hostKey', { call: names[0] }, 'medium');
          return;
        }
        const fn = field(node, 'function');
        const object = fn?.type === 'attribute' ? field(fn, 'object') : undefined;
        const method = fn?.type === 'attribute' ? ctx.text(field(fn, 'attribute') ?? fn) : '';
        if (
          method === 'set_missing_host_key_policy' &&
          args.positional[0] &&
          ctx.names(args.positional[0]).some((n) => /^paramiko\.(client\.)?(AutoAddPolicy|WarningPolicy)$/.test(n))
        ) {
          report(node, 'hostKey', { call: ctx.names(args.positional[0])[0] }, 'medium');
          return;
        }
        if (object && ctx.names(object).some(isEnvMapping) && (method === 'setdefault' || method === '__setitem__')) {
          checkEnvWrite(node, args.positional[0], args.positional[1]);
          return;
        }
        if (object && ctx.names(object).some(isEnvMapping) && method === 'update') {
          for (const [keyword, value] of args.keywords) {
            if (ENV_OFF[keyword] && ctx.strings(value)?.some(ENV_OFF[keyword])) {
              report(node, 'env', { code, name: keyword });
            }
          }
          return;
        }
        if (names.includes('os.putenv')) {
          checkEnvWrite(node, args.positional[0], args.positional[1]);
          return;
        }
        checkKeywords(node, names);
      },
      assignment(node) {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (!left || !right) {
          return;
        }
        const code = clipText(ctx.text(node), 60);
        if (ctx.names(left).includes('ssl._create_default_https_context') && ctx.names(right).some((n) => UNVERIFIED.has(n))) {
          report(node, 'globalUnverified', { code });
          return;
        }
        if (
          left.type === 'attribute' &&
          isFalse(right, numbers) &&
          /^(verify|check_hostname|verify_ssl)$/.test(ctx.text(field(left, 'attribute') ?? left))
        ) {
          report(node, 'attribute', { code });
          return;
        }
        // `VERIFY_SSL = False`, a settings field `verify_tls: bool = False`: the switch every client call reads.
        if (left.type === 'identifier' && isFalse(right, numbers) && VERIFY_SETTING.test(ctx.text(left))) {
          report(node, 'setting', { code });
          return;
        }
        if (left.type === 'subscript') {
          const object = field(left, 'value');
          if (object && ctx.names(object).some(isEnvMapping)) {
            checkEnvWrite(node, field(left, 'subscript'), right);
          }
        }
      },
      identifier(node) {
        const parent = node.parent?.type;
        if (
          ctx.text(node) === 'CERT_NONE' &&
          parent !== 'attribute' &&
          parent !== 'aliased_import' &&
          parent !== 'dotted_name' &&
          parent !== 'import_from_statement'
        ) {
          certNone(node);
        }
      },
      attribute: certNone,
    };

    function certNone(node: PyNode): void {
      if (!ctx.names(node).includes('ssl.CERT_NONE') || node.parent?.type === 'comparison_operator') {
        return;
      }
      let at: PyNode = node;
      while (at.parent && !['assignment', 'call', 'expression_statement', 'block', 'module'].includes(at.parent.type)) {
        at = at.parent;
      }
      const owner = at.parent?.type === 'assignment' || at.parent?.type === 'call' ? at.parent : node;
      if (!reported.has(owner)) {
        report(owner, 'certNone', { code: clipText(ctx.text(owner), 60) });
      }
    }
  },
});
