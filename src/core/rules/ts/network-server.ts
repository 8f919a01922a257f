import type { TSESTree } from '@typescript-eslint/typescript-estree';
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
/** Names of listen-address settings (`host`, `HOST`, `bindAddress`, `LISTEN_HOST`), not of remote hosts. */
const BIND_NAME =
  /^(host|hostname|bind|bindAddress|bindHost|bind_address|bind_host|listenAddress|listenHost|listen_address|listen_host|serverHost|server_host|address|HOST|HOSTNAME|BIND|BIND_ADDRESS|BIND_HOST|LISTEN_ADDRESS|LISTEN_HOST|SERVER_HOST|ADDRESS)$/;
const ALL_INTERFACES = new Set(['0.0.0.0', '::', '[::]', '0:0:0:0:0:0:0:0', '*']);
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[?::1\]?)$/i;
/** `--inspect`, `--inspect-brk=0.0.0.0:9229`, `--inspect-wait=host:port` as one token of a string. */
const INSPECT_FLAG = /(?:^|[\s"'=])--inspect(?:-brk|-wait)?(?:[=\s]([^\s"']+))?(?=$|[\s"'])/;
const LAUNCH_KEYS = /^(execArgv|execArgs|nodeArgs|nodeOptions|NODE_OPTIONS|runtimeArgs|runtimeArgv)$/;
const LAUNCHERS = /(^|\.)(spawn|spawnSync|fork|exec|execSync|execFile|execFileSync|execa|execaNode|execaSync|Worker)$/;
/** Methods that look for a flag rather than pass it on: `execArgv.includes('--inspect')`. */
const LOOKUPS = new Set([
  'includes',
  'startsWith',
  'endsWith',
  'indexOf',
  'lastIndexOf',
  'some',
  'find',
  'findIndex',
  'filter',
  'test',
  'match',
  'has',
  'replace',
  'split',
]);

/** The host part of an inspector address (`0.0.0.0:9229` -> `0.0.0.0`; `9229` -> undefined). */
function inspectHost(value: string | undefined): string | undefined {
  if (!value || /^\d+$/.test(value) || value.includes('\u0000')) {
    return undefined;
  }
  const v6 = /^\[([^\]]*)\](?::\d+)?$/.exec(value);
  if (v6) {
    return v6[1] === '::' ? '::' : v6[1];
  }
  return value.replace(/:\d+$/, '');
}

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
  if (m === 'inspector' && p === 'open') {
    return { kind: 'standalone', args, hostKey: 'host' };
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
      bindDefault:
        '`{{name}}` is set to `{{host}}` (or falls back to it): a server that listens on this address is reachable from every ' +
        'network interface, not just this machine.',
      listen: '`{{call}}` starts a server listening on port `{{port}}`: anything that can reach this machine can talk to it.',
      allInterfaces:
        '`{{call}}` listens on `{{host}}`, every network interface: the server is reachable from other machines, not just ' + 'this one.',
      created: '`{{call}}` creates a server; where it listens is not visible here.',
      started:
        '`{{call}}` creates the server started on line {{line}}: the request handler defined here is what anyone who can ' +
        'connect gets to run.',
      inspector:
        '`{{flag}}` starts the Node.js inspector: a debugging port through which anything that can connect runs arbitrary ' +
        'code in the process.',
      inspectorExposed:
        '`{{flag}}` opens the Node.js inspector on `{{host}}`, reachable from other machines: anyone who can connect to it ' +
        'runs arbitrary code in the process.',
    },
  },
  create(ctx) {
    const found: { node: CallNode; call: ServerCall; name: string; ref: RefValue }[] = [];
    /** Listens by factory key: the servers some `listen` in this file starts. */
    const consumed = new Map<string, CallNode[]>();

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
            consumed.set(keyOf(ref), [...(consumed.get(keyOf(ref)) ?? []), node]);
          }
          return;
        }
      }
      checkUnresolvedListen(node, args);
    }

    /** `this.server.listen(port, '0.0.0.0')`: whatever the receiver is, binding every interface is a server. */
    function checkUnresolvedListen(node: CallNode, args: readonly Node[]): void {
      const callee = node.callee;
      if (node.type !== 'CallExpression' || callee.type !== 'MemberExpression' || ctx.text(callee.property) !== 'listen') {
        return;
      }
      const port = args[0] ? ctx.strings(args[0]) : undefined;
      if (port?.some((p) => !/^\d+$/.test(p))) {
        return;
      }
      const call: ServerCall = { kind: 'listen', args, hostKey: 'host' };
      const host = hostOf(call);
      if (host && ctx.strings(host)?.some((h) => ALL_INTERFACES.has(h))) {
        found.push({ node, call, name: ctx.text(callee).replace(/\s+/g, ''), ref: { kind: 'ref', module: undefined, path: [] } });
      }
    }

    /**
     * `host: env.HOST ?? '0.0.0.0'`, `const BIND = '::'`: a listen address setting whose value, or default, is every
     * interface. The `listen` that uses it may be in another file or a framework.
     */
    function checkBindDefault(node: TSESTree.Literal): void {
      if (ctx.isTestFile) {
        return;
      }
      let value: Node = node;
      while (value.parent?.type === 'LogicalExpression' && value.parent.right === value && value.parent.operator !== '&&') {
        value = value.parent;
      }
      const parent = value.parent;
      let name: string | undefined;
      if (parent?.type === 'Property' && parent.value === value) {
        const holder = parent.parent?.parent;
        if (holder?.type === 'CallExpression' || holder?.type === 'NewExpression') {
          // The options of a call: a server call among them is reported with its own address.
          return;
        }
        name = parent.key.type === 'Identifier' ? parent.key.name : parent.key.type === 'Literal' ? String(parent.key.value) : undefined;
      } else if (parent?.type === 'VariableDeclarator' && parent.init === value && parent.id.type === 'Identifier') {
        name = parent.id.name;
      } else if (parent?.type === 'AssignmentPattern' && parent.right === value && parent.left.type === 'Identifier') {
        name = parent.left.name;
      }
      if (name === undefined || !BIND_NAME.test(name)) {
        return;
      }
      // Low: `listen(port)` with no host binds every interface as well; the setting says so out loud.
      ctx.report({ node: value, messageId: 'bindDefault', data: { name, host: String(node.value) }, severity: 'low' });
    }

    /** `execArgv: ['--inspect=0.0.0.0:0']`, `NODE_OPTIONS: '--inspect-brk'`, `` `node --inspect=${h} x.js` ``. */
    function checkInspectFlag(node: TSESTree.Literal | TSESTree.TemplateLiteral, text: string): void {
      const m = INSPECT_FLAG.exec(text);
      if (!m || isLookup(node)) {
        return;
      }
      const flag = m[0].replace(/^[\s"'=]/, '');
      const host = inspectHost(m[1]);
      if (host !== undefined && !LOOPBACK.test(host)) {
        ctx.report({ node, messageId: 'inspectorExposed', data: { flag, host }, severity: 'high' });
        return;
      }
      if (/\s/.test(text.trim()) || isLaunchArgument(node)) {
        ctx.report({ node, messageId: 'inspector', data: { flag }, severity: isTestLike(ctx) ? 'low' : 'medium' });
      }
    }

    /** A bare `--inspect` counts where it launches something: `execArgv`/`NODE_OPTIONS`, or the arguments of a spawn. */
    function isLaunchArgument(node: Node): boolean {
      const parent = node.parent?.type === 'ArrayExpression' ? node.parent.parent : node.parent;
      if (parent?.type === 'Property') {
        return LAUNCH_KEYS.test(ctx.text(parent.key).replace(/^['"]|['"]$/g, ''));
      }
      if (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') {
        return LAUNCHERS.test(ctx.text(parent.callee));
      }
      return false;
    }

    function isLookup(node: Node): boolean {
      const parent = node.parent;
      if (parent?.type === 'BinaryExpression' || parent?.type === 'SwitchCase') {
        return true;
      }
      if (parent?.type === 'CallExpression' && parent.callee.type === 'MemberExpression') {
        const method = ctx.text(parent.callee.property);
        return LOOKUPS.has(method);
      }
      return false;
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

    function lineOf(node: Node): number {
      return ctx.sourceText.slice(0, node.range[0]).split('\n').length;
    }

    function isAllInterfaces(call: ServerCall): boolean {
      const host = hostOf(call);
      return host !== undefined && ctx.values(host).some((v) => v.kind === 'str' && ALL_INTERFACES.has(v.value));
    }

    /** A factory whose server a `listen` elsewhere starts: the handler defined here is what the listen exposes. */
    function reportStarted(entry: (typeof found)[number], name: string, listens: CallNode[]): void {
      const { node, ref } = entry;
      const line = lineOf(node);
      if (listens.some((l) => lineOf(l) === line || (l.range[0] <= node.range[0] && node.range[1] <= l.range[1]))) {
        return;
      }
      const listen = found.find((f) => f.node === listens[0]);
      const exposed = listen !== undefined && isAllInterfaces(listen.call);
      ctx.report({
        node,
        messageId: 'started',
        data: { call: name, line: lineOf(listens[0]) },
        severity: exposed ? 'medium' : 'low',
        trace: ref.trace,
      });
    }

    function report(entry: (typeof found)[number]): void {
      const { node, call, ref } = entry;
      const name = entry.name.replace(/\.\(\)/g, '()');
      const listens = call.kind === 'factory' ? consumed.get(keyOf(ref)) : undefined;
      if (listens) {
        reportStarted(entry, name, listens);
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
      Literal(node: TSESTree.Literal) {
        if (typeof node.value === 'string' && node.value.includes('--inspect')) {
          checkInspectFlag(node, node.value);
        }
        if (typeof node.value === 'string' && ALL_INTERFACES.has(node.value)) {
          checkBindDefault(node);
        }
      },
      TemplateLiteral(node: TSESTree.TemplateLiteral) {
        const text = node.quasis.map((q) => q.value.cooked ?? '').join('\u0000');
        if (text.includes('--inspect')) {
          checkInspectFlag(node, text);
        }
      },
      'Program:exit'() {
        found.forEach(report);
      },
    };
  },
});
