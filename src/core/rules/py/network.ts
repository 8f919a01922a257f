import { definePyRule, type PyRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { CREDENTIAL_ENDPOINT, dropKind, ipClass, isDocumentationHost, parseUrl } from '../support/net-urls';
import { hostOf, isAuthArgument, netApi, requestObject, urlOf, type NetApi } from '../support/py-net-calls';
import { reaching, sourceOf, taintedNames, type Source } from '../support/py-net-flows';
import { clip } from '../support/py-fs-paths';
import { assignedValues } from '../support/py-fs-bindings';
import { secretReference } from '../support/py-secrets-env';

interface Call {
  node: PyNode;
  name: string;
  api: NetApi;
  trace?: readonly PyNode[];
}

type Dest = 'drop' | 'metadata' | 'local' | 'ip' | 'named' | 'unknown';

const ALL_INTERFACES = new Set(['0.0.0.0', '', '::', '[::]', '*']);
const LAUNCHERS = /^gradio\.(Interface|Blocks|ChatInterface|TabbedInterface)\(\)\.launch$/;

/**
 * Where a request goes. `sourceText`, when given, is the file's text: a documentation host (`*.example`,
 * `example.com`) counts as local only when it is written down there; one decoded or joined at run time is someone's
 * real destination in disguise.
 */
function destination(symbolic: string, sourceText?: string): { dest: Dest; service?: string } {
  const parsed =
    parseUrl(symbolic) ?? (/^[\w.-]+(:\d+)?$/.test(symbolic) ? { host: symbolic.replace(/:\d+$/, '').toLowerCase() } : undefined);
  if (!parsed || parsed.host === '' || parsed.host.includes('*')) {
    return { dest: 'unknown' };
  }
  const drop = dropKind(symbolic, parsed.host);
  if (drop) {
    return { dest: 'drop', service: drop };
  }
  const cls = ipClass(parsed.host);
  if (cls === 'metadata') {
    return { dest: 'metadata' };
  }
  const documentation = isDocumentationHost(parsed.host) && (sourceText === undefined || sourceText.includes(parsed.host));
  if (cls === 'loopback' || cls === 'private' || cls === 'unspecified' || documentation) {
    return { dest: 'local' };
  }
  return { dest: cls === 'name' ? 'named' : 'ip' };
}

function methodOf(ctx: PyRuleContext, call: Call): string {
  if (call.api.method) {
    return call.api.method;
  }
  const arg = call.api.methodArg !== undefined ? callArguments(call.node, ctx.sourceText).positional[call.api.methodArg] : undefined;
  const method = arg ? ctx.strings(arg)?.[0] : undefined;
  return method ? method.toUpperCase() : 'HTTP';
}

/** `os.dup2(s.fileno(), 0)`, `Popen(..., stdin=s.fileno())`: a socket wired to the standard streams. */
function wiresSocket(ctx: PyRuleContext, call: PyNode): boolean {
  const args = callArguments(call, ctx.sourceText);
  const isDup2 = ctx.callNames(call).includes('os.dup2');
  const candidates = isDup2
    ? args.positional.slice(0, 1)
    : ['stdin', 'stdout'].map((k) => args.keywords.get(k)).filter((n): n is PyNode => !!n);
  return candidates.some((arg) => {
    const object = arg.type === 'call' ? field(field(arg, 'function') ?? arg, 'object') : arg;
    return (
      object !== undefined &&
      ctx.names(object).some((n) => /^socket\.(socket|create_connection)\(\)/.test(n) || n === 'socket.socket().accept()')
    );
  });
}

export default definePyRule({
  meta: {
    id: 'py/network',
    category: 'network',
    severity: 'medium',
    summary:
      'Python network traffic and servers: HTTP clients, sockets, SMTP/FTP/SSH/WebSocket clients, cloud uploads, DNS lookups; ' +
      'high when secrets, credential files or file contents flow into the request, or a socket is wired to a shell.',
    why:
      'Network access is how data leaves a machine. AI-written changes add requests for plausible reasons; a reviewer needs ' +
      'to see each destination, and above all a request that carries environment secrets, keys or file contents, which is ' +
      'what exfiltration looks like. Servers on all interfaces and sockets wired to a shell let others in.',
    incorrect: [
      "import requests\nrequests.post('https://api.acme.io/v1/items', json=item)",
      "import os, requests\nrequests.post(url, data={'k': os.environ['AWS_SECRET_ACCESS_KEY']})",
      "import socket\ns = socket.socket()\ns.connect(('45.33.32.156', 4444))",
      "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0')",
    ],
    correct: [
      'self.session.get(key)',
      'cache.get(url)',
      'def get(url):\n    return url\nget("https://x.io")',
      'from flask import Flask\napp = Flask(__name__)\napp.run(debug=True)',
    ],
    messages: {
      request: '`{{call}}` sends a {{method}} request to `{{url}}`.',
      connect: '`{{call}}` opens a network connection to `{{url}}`.',
      upload: '`{{call}}` uploads data to cloud or remote storage (`{{url}}`).',
      dns: '`{{call}}` looks up `{{url}}`, a name built from data: the lookup itself carries that data to whoever runs the domain.',
      drop:
        '`{{call}}` sends data to `{{url}}`, {{service}}: a paste, webhook or tunnel service where whoever holds the link ' +
        'receives it.',
      metadata:
        "`{{call}}` queries the cloud metadata service (`{{url}}`), which hands the machine's cloud credentials to any code that asks.",
      exfil: '`{{call}}` sends {{source}} to `{{url}}`: secret or file data leaves the machine with this request.',
      server: '`{{call}}` starts a server listening on `{{where}}`: anyone who can reach this machine can connect to it.',
      serverUnknown: '`{{call}}` starts a server listening on `{{where}}`.',
      serverDebug: '`{{call}}` runs the Werkzeug debugger on `{{where}}`: anyone who reaches it can run Python code on this machine.',
      share: '`{{call}}` with `share=True` publishes this app through a public tunnel link: anyone with the link can use it.',
      credentialSent:
        '`{{value}}`, a credential this code holds, is sent in the body of a request to `{{url}}`: whoever receives it can act with it.',
      reverseShell:
        '`{{call}}` wires a network socket to the standard input and output: together with the shell started here, whoever is ' +
        'on the other end types commands on this machine.',
    },
  },
  create(ctx) {
    const sources: Source[] = [];
    const calls: Call[] = [];
    const tainted = new Map<PyNode, Set<string>>();

    function addSource(node: PyNode): void {
      const source = sourceOf(ctx, node);
      if (source) {
        sources.push({ ...source, fn: ctx.enclosingFunction(node) });
      }
    }

    function flowsInto(call: Call, urlNode: PyNode | undefined): Source[] {
      const fn = ctx.enclosingFunction(call.node);
      const own = sources.filter((s) => s.fn === fn || s.fn === ctx.root());
      if (own.length === 0) {
        return [];
      }
      let names = tainted.get(fn);
      if (!names) {
        names = taintedNames(ctx, fn, own);
        tainted.set(fn, names);
      }
      const args = callArguments(call.node, ctx.sourceText);
      const parts = [...args.positional, ...args.keywords.values()].filter((a) => !isAuthArgument(ctx, call.node, a));
      const request = requestObject(ctx, urlNode);
      const found = new Set<Source>();
      for (const part of [...parts, ...(request ? [request] : [])]) {
        for (const s of reaching(ctx, part, own, names as Set<string>)) {
          if (!isAuthArgument(ctx, call.node, s.node)) {
            found.add(s);
          }
        }
      }
      return [...found].sort((a, b) => Number(b.secret) - Number(a.secret));
    }

    function decideServer(call: Call): void {
      const args = callArguments(call.node, ctx.sourceText);
      const [index, keyword] = call.api.url ?? [0, 'host'];
      const hostNode = args.keywords.get(keyword) ?? args.positional[index];
      const { host, text } = hostNode ? hostOf(ctx, hostNode) : { host: call.api.defaultHost === 'all' ? '' : '127.0.0.1', text: '' };
      const where = text || (call.api.defaultHost === 'all' ? 'all interfaces' : (host ?? ''));
      const data = { call: call.name.replace(/\(\)/g, ''), where };
      if (host === undefined) {
        ctx.report({ node: call.node, messageId: 'serverUnknown', data, severity: 'low', trace: call.trace });
      } else if (ALL_INTERFACES.has(host)) {
        const debug = args.keywords.get('debug');
        const debugOn = debug !== undefined && (ctx.numbers(debug)?.some((n) => n !== 0) ?? false);
        const messageId = debugOn && call.name.startsWith('flask.') ? 'serverDebug' : 'server';
        ctx.report({ node: call.node, messageId, data, severity: messageId === 'serverDebug' ? 'high' : 'medium', trace: call.trace });
      }
    }

    /**
     * `requests.post(url, json={"recovery": master_password})`: a password, key or token this code holds, put in what
     * a request sends (not its auth headers; not a sign-in, token or account endpoint, which take credentials by design).
     */
    function credentialsSent(call: Call, args: ReturnType<typeof callArguments>, url: string): void {
      if (CREDENTIAL_ENDPOINT.test(url)) {
        return;
      }
      let reported = 0;
      const report = (at: PyNode, value: PyNode): void => {
        reported++;
        ctx.report({
          node: at,
          messageId: 'credentialSent',
          data: { value: clip(ctx.text(value), 60), url },
          category: 'secrets',
          severity: 'high',
          related: [{ node: call.node, message: 'the request' }],
        });
      };
      for (const keyword of ['json', 'data', 'params']) {
        const arg = args.keywords.get(keyword);
        const dicts = arg?.type === 'dictionary' ? [arg] : arg ? assignedValues(ctx, arg).filter((v) => v.type === 'dictionary') : [];
        for (const dict of dicts) {
          for (const pair of dict.children) {
            const value = pair.type === 'pair' ? field(pair, 'value') : undefined;
            if (value && reported < 3 && secretReference(ctx, value) !== undefined) {
              report(pair, value);
            }
          }
        }
        // `payload["relay"] = f"{settings.SMTP_USER}:{settings.SMTP_PASSWORD}@..."` before `json=payload`.
        if (arg?.type === 'identifier') {
          for (const [at, value] of itemAssignments(ctx.enclosingFunction(call.node), ctx.text(arg))) {
            if (reported < 3 && secretReference(ctx, value) !== undefined) {
              report(at, value);
            }
          }
        }
      }
    }

    /** `name[key] = value` statements in a function, in order (at most a few dozen). */
    function itemAssignments(scope: PyNode, name: string): [PyNode, PyNode][] {
      const found: [PyNode, PyNode][] = [];
      const stack = [scope];
      for (let budget = 5000; stack.length > 0 && budget > 0 && found.length < 40; budget--) {
        const node = stack.pop() as PyNode;
        if (node.type === 'assignment') {
          const left = field(node, 'left');
          const right = field(node, 'right');
          if (left?.type === 'subscript' && right && ctx.text(field(left, 'value') ?? left) === name) {
            found.push([node, right]);
          }
          continue;
        }
        if (node !== scope && (node.type === 'function_definition' || node.type === 'class_definition')) {
          continue;
        }
        stack.push(...node.children);
      }
      return found;
    }

    function decide(call: Call): void {
      if (call.api.kind === 'server') {
        decideServer(call);
        return;
      }
      const args = callArguments(call.node, ctx.sourceText);
      const urlNode = call.api.url ? (args.keywords.get(call.api.url[1]) ?? args.positional[call.api.url[0]]) : undefined;
      const url = call.api.url ? urlOf(ctx, urlNode) : { text: call.name.split('.')[0], constant: false, symbolic: '*' };
      const { dest, service } = destination(url.symbolic, url.constant ? ctx.sourceText : undefined);
      if (call.api.kind === 'request') {
        credentialsSent(call, args, url.text);
      }
      const flows = flowsInto(call, urlNode);
      const data = { call: call.name.replace(/\(\)/g, ''), url: url.text, method: methodOf(ctx, call), service: service ?? '' };
      const report = (messageId: string, severity: Severity, extra: Record<string, string> = {}): void =>
        ctx.report({ node: call.node, messageId, data: { ...data, ...extra }, severity, trace: call.trace });
      if (flows.length > 0) {
        const severity: Severity = dest === 'local' && !flows[0].secret ? 'medium' : 'high';
        report('exfil', severity, { source: flows[0].label });
      } else if (dest === 'drop' || dest === 'metadata') {
        report(dest, 'high');
      } else if (call.api.kind === 'send' || (dest === 'local' && call.api.kind !== 'upload')) {
        return;
      } else if (call.api.kind === 'dns') {
        if (!url.constant && /\*[^/]*\.[a-z]{2,}$/i.test(url.symbolic)) {
          report('dns', 'medium');
        }
      } else if (call.api.kind === 'upload') {
        report('upload', 'medium');
      } else {
        const quiet =
          call.api.kind === 'request' &&
          ['GET', 'HEAD', 'OPTIONS', 'HTTP'].includes(data.method) &&
          !args.keywords.has('data') &&
          !args.keywords.has('json');
        const severity: Severity = dest === 'ip' ? 'medium' : dest === 'unknown' || quiet ? 'low' : 'medium';
        report(call.api.kind === 'connect' ? 'connect' : 'request', severity);
      }
    }

    return {
      attribute: addSource,
      identifier: addSource,
      subscript: addSource,
      call(node) {
        addSource(node);
        if (wiresSocket(ctx, node)) {
          ctx.report({
            node,
            messageId: 'reverseShell',
            data: { call: clip(ctx.text(field(node, 'function') ?? node), 40) },
            severity: 'high',
          });
          return;
        }
        const fn = field(node, 'function');
        for (const ref of fn ? ctx.refs(fn) : []) {
          if (LAUNCHERS.test(ref.name)) {
            const share = callArguments(node, ctx.sourceText).keywords.get('share');
            if (share && ctx.numbers(share)?.some((n) => n !== 0)) {
              ctx.report({ node, messageId: 'share', data: { call: 'launch' }, severity: 'medium', trace: ref.trace });
            }
            return;
          }
          const api = netApi(ref.name);
          if (api) {
            calls.push({ node, name: ref.name, api, trace: ref.trace });
            return;
          }
        }
      },
      'module:exit'() {
        calls.forEach(decide);
      },
    };
  },
});
