import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { Severity } from '../../model/finding';
import type { RefValue } from '../../js/values';
import { optionValue, targetsOf, type CallNode } from '../support/calls';
import { isTestLike } from '../support/random-sources';

type ServerKind = 'factory' | 'listen' | 'standalone';

const CORE = new Set(['http', 'https', 'http2', 'net', 'tls']);
const FACTORY = /^(createServer|createSecureServer|Server)$/;
/** Frameworks whose app object (`express()`, `new Koa()`) has a `listen` that starts a server. */
const FRAMEWORKS = new Set(['express', 'fastify', 'koa', 'polka', 'connect', 'restify', 'json-server', 'http-server', 'micro', 'hono']);
const ALL_INTERFACES = new Set(['0.0.0.0', '::', '[::]', '0:0:0:0:0:0:0:0', '*']);

interface ServerCall {
  kind: ServerKind;
  /** Where the listening address and port are. */
  args: readonly Node[];
  /** Index of the port argument, or an options object holding `port`/`host`. */
  hostKey: string;
}

function stripDefault(path: readonly string[]): string {
  return (path[0] === 'default' ? path.slice(1) : path).join('.');
}

function classify(ref: RefValue, args: readonly Node[], isNew: boolean): ServerCall | undefined {
  const p = ref.module === undefined ? ref.path.join('.') : stripDefault(ref.path);
  const m = ref.module;
  if (m === undefined) {
    if (p === 'Bun.serve' || p === 'Deno.serve' || p === 'Deno.listen') {
      return { kind: 'standalone', args, hostKey: 'hostname' };
    }
    return undefined;
  }
  const root = m.split('/')[0];
  if (CORE.has(m)) {
    if (FACTORY.test(p) && (p !== 'Server' || isNew)) {
      return { kind: 'factory', args, hostKey: 'host' };
    }
    return /^(createServer|createSecureServer|Server)\.\(\)\.listen$/.test(p) ? { kind: 'listen', args, hostKey: 'host' } : undefined;
  }
  if (m === 'dgram') {
    return p === 'createSocket.().bind' ? { kind: 'listen', args, hostKey: 'address' } : undefined;
  }
  if (FRAMEWORKS.has(m) || FRAMEWORKS.has(root)) {
    return /(^|\.)\(\)\.listen$/.test(p) ? { kind: 'listen', args, hostKey: 'host' } : undefined;
  }
  if (m === '@hono/node-server' && p === 'serve') {
    return { kind: 'standalone', args, hostKey: 'hostname' };
  }
  if (m === '@nestjs/core' && p === 'NestFactory.create.().listen') {
    return { kind: 'listen', args, hostKey: 'host' };
  }
  if ((m === '@hapi/hapi' || m === 'hapi') && (p === 'server' || (p === 'Server' && isNew))) {
    return { kind: 'standalone', args, hostKey: 'host' };
  }
  if ((m === 'ws' || m === 'isomorphic-ws') && isNew && (p === 'WebSocketServer' || p === 'Server' || p === 'WebSocket.Server')) {
    const attached = optionValue(args, 'server') ?? optionValue(args, 'noServer');
    return attached ? undefined : { kind: 'standalone', args, hostKey: 'host' };
  }
  if (m === 'socket.io' && (p === '' || p === 'Server')) {
    const first = args[0];
    return first?.type === 'Literal' && typeof first.value === 'number' ? { kind: 'standalone', args, hostKey: 'host' } : undefined;
  }
  return undefined;
}

export default defineTsRule({
  meta: {
    id: 'ts/network-server',
    category: 'network',
    severity: 'medium',
    summary:
      'Servers: http(s)/http2/net/tls servers, `listen` on express/fastify/koa apps, WebSocket servers, UDP binds; high on 0.0.0.0 or ::.',
    why:
      'A server opens the machine to incoming connections. An AI-written change that starts one (a debug endpoint, a ' +
      '"health check", a WebSocket bridge) creates a way in that nobody asked for; listening on every interface makes it ' +
      'reachable from the network, not just from the machine itself.',
    incorrect: [
      "import http from 'http'; http.createServer(handler).listen(8080);",
      "import express from 'express'; const app = express(); app.listen(3000, '0.0.0.0');",
      "import { WebSocketServer } from 'ws'; const wss = new WebSocketServer({ port: 9000 });",
    ],
    correct: [
      "import express from 'express'; export const app = express();",
      'queue.listen("jobs", handler);',
      "import { WebSocketServer } from 'ws'; const wss = new WebSocketServer({ noServer: true });",
    ],
    messages: {
      listen: '`{{call}}` starts a server listening on port `{{port}}`: anything that can reach this machine can talk to it.',
      allInterfaces:
        '`{{call}}` listens on `{{host}}`, every network interface: the server is reachable from other machines, not just ' + 'this one.',
      created: '`{{call}}` creates a server; where it listens is not visible here.',
    },
  },
  create(ctx) {
    const found: { node: CallNode; call: ServerCall; name: string; ref: RefValue }[] = [];
    const consumed = new Set<string>();

    /** `http:createServer`: a factory whose server some `listen` in this file starts. */
    function keyOf(ref: RefValue): string {
      const path = ref.path[0] === 'default' ? ref.path.slice(1) : ref.path;
      return `${ref.module}:${path[0]}`;
    }

    function check(node: CallNode): void {
      const { targets, args } = targetsOf(ctx, node);
      for (const { ref, name } of targets) {
        const call = classify(ref, args, node.type === 'NewExpression');
        if (call) {
          found.push({ node, call, name, ref });
          if (call.kind === 'listen') {
            consumed.add(keyOf(ref));
          }
          return;
        }
      }
    }

    function hostOf(call: ServerCall): Node | undefined {
      const first = call.args[0];
      if (first?.type === 'ObjectExpression') {
        return optionValue([first], call.hostKey);
      }
      const second = call.args[1];
      return second && second.type !== 'ArrowFunctionExpression' && second.type !== 'FunctionExpression' ? second : undefined;
    }

    function portOf(call: ServerCall): string {
      const first = call.args[0];
      const port = first?.type === 'ObjectExpression' ? optionValue([first], 'port') : first;
      if (!port || port.type === 'ArrowFunctionExpression' || port.type === 'FunctionExpression') {
        return '(default)';
      }
      const text = ctx.text(port).replace(/\s+/g, ' ');
      return text.length > 40 ? `${text.slice(0, 37)}...` : text;
    }

    function report(entry: (typeof found)[number]): void {
      const { node, call, ref } = entry;
      const name = entry.name.replace(/\.\(\)/g, '()');
      if (call.kind === 'factory' && consumed.has(keyOf(ref))) {
        return;
      }
      const host = hostOf(call);
      const all = host ? ctx.values(host).find((v) => v.kind === 'str' && ALL_INTERFACES.has(v.value)) : undefined;
      const base: Severity = isTestLike(ctx) ? 'low' : 'medium';
      if (all && all.kind === 'str') {
        ctx.report({ node, messageId: 'allInterfaces', data: { call: name, host: all.value }, severity: 'high', trace: ref.trace });
        return;
      }
      const messageId = call.kind === 'factory' ? 'created' : 'listen';
      ctx.report({ node, messageId, data: { call: name, port: portOf(call) }, severity: base, trace: ref.trace });
    }

    return {
      CallExpression: check,
      NewExpression: check,
      'Program:exit'() {
        found.forEach(report);
      },
    };
  },
});
