/**
 * Network clients and the data that may flow into them, shared by the network rules: which calls
 * send a request or open a connection (and which argument names the destination), and which
 * expressions read secrets (environment variables) or file contents.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TsRuleContext } from '../../engine/rule';
import type { Node } from '../../js/scope';
import { modulePath, type RefValue } from '../../js/values';
import { optionValue, targetsOf, type CallNode } from './calls';
import { operationOf } from './fs-ops';

/** `udp`: a datagram socket was created (it can send anywhere without connecting); `send`: data written to a connection opened elsewhere. */
export type NetKind = 'request' | 'socket' | 'dns' | 'client' | 'udp' | 'send';

export interface NetCall {
  kind: NetKind;
  /** `fetch`, `axios.post`, `https.request`. */
  name: string;
  ref: RefValue;
  /** The argument naming the destination (a URL, a host, an options object's `url`/`host`). */
  url?: Node;
  /** What a `send` writes. */
  body?: Node;
  /** A send that is only worth a finding when secret or file data flows into it (`req.end(body)` of a request already flagged). */
  onlyWithFlows?: boolean;
}

const HTTP_METHODS = new Set([
  'get',
  'post',
  'put',
  'delete',
  'del',
  'patch',
  'head',
  'options',
  'request',
  'postForm',
  'putForm',
  'patchForm',
  'stream',
  'paginate',
  'fetch',
  'json',
]);

/** Client libraries: called directly or through an HTTP-method member; `create`/`extend` make instances. */
const CLIENT_LIBS = new Set([
  'axios',
  'redaxios',
  'got',
  'superagent',
  'request',
  'request-promise',
  'request-promise-native',
  'needle',
  'ky',
  'ky-universal',
  'node-fetch',
  'cross-fetch',
  'isomorphic-fetch',
  'make-fetch-happen',
  'minipass-fetch',
  'ofetch',
  'phin',
  'centra',
  'bent',
  'wretch',
  'urllib',
  'socket.io-client',
  'isomorphic-unfetch',
  'unfetch',
]);
const FACTORIES = new Set(['create', 'extend', 'defaults', 'agent']);
const DNS_CALLS = /^(lookup|lookupService|reverse|resolve\w*)$/;

/** Every module a network client can come from, for the unfollowed-import fallback. */
export const NET_MODULES = new Set([
  ...CLIENT_LIBS,
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dgram',
  'dns',
  'undici',
  'ws',
  'isomorphic-ws',
]);

function arg(args: readonly Node[], i: number): Node | undefined {
  const a = args[i];
  return a && a.type !== 'SpreadElement' ? a : undefined;
}

/** The destination among a call's arguments: a string argument, or an options object's URL or host. */
function destination(args: readonly Node[], index: number): Node | undefined {
  const a = arg(args, index);
  if (a?.type === 'ObjectExpression') {
    return optionValue([a], 'url') ?? optionValue([a], 'baseURL') ?? optionValue([a], 'hostname') ?? optionValue([a], 'host') ?? a;
  }
  return a;
}

function clientCall(lib: string, path: readonly string[], args: readonly Node[]): Omit<NetCall, 'name' | 'ref'> | undefined {
  let p = path[0] === 'default' ? path.slice(1) : path;
  if (p.length >= 2 && FACTORIES.has(p[0]) && p[1] === '()') {
    p = p.slice(2);
  } else if (p.length === 1 && FACTORIES.has(p[0])) {
    return { kind: 'client', url: destination(args, 0) };
  }
  if (p.length === 1 && p[0] === '()' && lib === 'bent') {
    return { kind: 'request', url: destination(args, 0) };
  }
  if (p.length === 0 || (p.length === 1 && (p[0] === 'io' || p[0] === 'connect'))) {
    return { kind: lib === 'socket.io-client' ? 'socket' : 'request', url: destination(args, lib === 'needle' || lib === 'bent' ? 1 : 0) };
  }
  if (p.length === 1 && HTTP_METHODS.has(p[0])) {
    return { kind: 'request', url: destination(args, lib === 'needle' && p[0] === 'request' ? 1 : 0) };
  }
  return undefined;
}

function coreCall(module: string, path: readonly string[], args: readonly Node[]): Omit<NetCall, 'name' | 'ref'> | undefined {
  const p = path.join('.');
  switch (module) {
    case 'http':
    case 'https':
      if (p === 'request.().write' || p === 'request.().end' || p === 'get.().end') {
        // The body of a request: where data leaves, reported when secret or file data flows into it.
        const body = arg(args, 0);
        return body ? { kind: 'send', body, onlyWithFlows: true } : undefined;
      }
      return p === 'request' || p === 'get' ? { kind: 'request', url: destination(args, 0) } : undefined;
    case 'http2':
      return p === 'connect' ? { kind: 'request', url: destination(args, 0) } : undefined;
    case 'net':
    case 'tls':
      if (p === 'connect' || p === 'createConnection' || p === 'Socket.().connect' || p === 'TLSSocket.().connect') {
        const first = arg(args, 0);
        return { kind: 'socket', url: first?.type === 'ObjectExpression' ? destination(args, 0) : (arg(args, 1) ?? first) };
      }
      return undefined;
    case 'dgram':
      if (p === 'createSocket' || p === 'Socket') {
        return { kind: 'udp' };
      }
      return p === 'createSocket.().send' ? { kind: 'socket', url: arg(args, args.length >= 4 ? 3 : 2) } : undefined;
    case 'dns': {
      const last = path[path.length - 1];
      return DNS_CALLS.test(last) ? { kind: 'dns', url: arg(args, 0) } : undefined;
    }
    case 'undici':
      if (p === 'fetch' || p === 'request' || p === 'stream' || p === 'pipeline' || p === 'connect' || p === 'Client' || p === 'Pool') {
        return { kind: 'request', url: destination(args, 0) };
      }
      return undefined;
    case 'ws':
    case 'isomorphic-ws':
      if (p === '().send' || p === 'WebSocket.().send') {
        return { kind: 'send', body: arg(args, 0) };
      }
      return p === '' || p === 'default' || p === 'WebSocket' ? { kind: 'socket', url: arg(args, 0) } : undefined;
    default:
      return undefined;
  }
}

function globalCall(ref: RefValue, args: readonly Node[]): Omit<NetCall, 'name' | 'ref'> | undefined {
  const p = ref.path.join('.');
  switch (p) {
    case 'fetch':
      return { kind: 'request', url: destination(args, 0) };
    case 'XMLHttpRequest.().open':
      return { kind: 'request', url: arg(args, 1) };
    case 'XMLHttpRequest':
      return { kind: 'client' };
    case 'XMLHttpRequest.().send':
    case 'WebSocket.().send':
      return { kind: 'send', body: arg(args, 0) };
    case 'navigator.sendBeacon':
      return { kind: 'request', url: arg(args, 0) };
    case 'WebSocket':
    case 'EventSource':
      return { kind: p === 'WebSocket' ? 'socket' : 'request', url: arg(args, 0) };
    default:
      break;
  }
  if (
    (ref.path[0] === '$' || ref.path[0] === 'jQuery') &&
    ref.path.length === 2 &&
    /^(ajax|get|post|getJSON|getScript)$/.test(ref.path[1])
  ) {
    return { kind: 'request', url: destination(args, 0) };
  }
  return undefined;
}

/** Whether a call sends a network request, opens a connection, resolves a name or creates a client. */
export function networkCall(ctx: TsRuleContext, node: CallNode): NetCall | undefined {
  const { targets, args } = targetsOf(ctx, node);
  for (const { ref, name } of targets) {
    let found: Omit<NetCall, 'name' | 'ref'> | undefined;
    if (ref.module === undefined) {
      found = globalCall(ref, args);
    } else if (ref.module === 'jquery') {
      found = globalCall({ ...ref, path: ['$', ...ref.path.filter((p) => p !== 'default')] }, args);
    } else {
      const dns = modulePath(ref, new Set(['dns']));
      const root = ref.module.split('/')[0];
      found = dns
        ? coreCall(
            'dns',
            dns.filter((p) => p !== 'promises'),
            args,
          )
        : CLIENT_LIBS.has(ref.module)
          ? clientCall(ref.module, ref.path, args)
          : coreCall(root, ref.path[0] === 'default' ? ref.path.slice(1) : ref.path, args);
    }
    if (found) {
      return { ...found, name, ref };
    }
  }
  return undefined;
}

// ---- Data sources -------------------------------------------------------------------------

export interface DataSource {
  node: Node;
  /** `process.env.API_TOKEN`, `process.env`, `fs.readFileSync`, `document.cookie`. */
  label: string;
  kind: 'env' | 'file' | 'browser' | 'host';
  /** The environment variable's name, when known. */
  envName?: string;
}

const SECRET_NAME =
  /(KEY|TOKEN|SECRET|PASS|PWD|CREDENTIAL|AUTH|PRIVATE|SESSION|COOKIE|SIGNATURE|DSN|CONN(ECTION)?_?STR|DATABASE_URL|DB_URL|WEBHOOK)/i;
const PUBLIC_NAME = /^(NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|PUBLIC_|NUXT_PUBLIC_|GATSBY_)|PUBLIC_KEY|PUBLISHABLE/i;

export function isSecretEnvName(name: string): boolean {
  return name === '*' || (SECRET_NAME.test(name) && !PUBLIC_NAME.test(name));
}

function envRef(ref: RefValue): string[] | undefined {
  if (ref.module === undefined && ref.path[0] === 'process' && ref.path[1] === 'env') {
    return ref.path.slice(2);
  }
  if (ref.module === 'process' && ref.path[0] === 'env') {
    return ref.path.slice(1);
  }
  return undefined;
}

/** A read of a secret-looking environment variable, or of the whole environment. */
export function envSource(ctx: TsRuleContext, node: TSESTree.MemberExpression | TSESTree.Identifier): DataSource | undefined {
  const parent = node.parent;
  if (parent?.type === 'MemberExpression' && parent.object === node) {
    return undefined;
  }
  for (const ref of ctx.refs(node)) {
    const rest = envRef(ref);
    if (rest === undefined || rest.length > 1) {
      continue;
    }
    if (rest.length === 1 && isSecretEnvName(rest[0])) {
      return { node, label: `process.env.${rest[0] === '*' ? '[…]' : rest[0]}`, kind: 'env', envName: rest[0] };
    }
    if (rest.length === 0 && wholeEnvUse(parent)) {
      return { node, label: 'process.env', kind: 'env' };
    }
  }
  return undefined;
}

/** `JSON.stringify(process.env)`, `{ ...process.env }`, `body: process.env`; not `const env = process.env`. */
export function wholeEnvUse(parent: Node | undefined): boolean {
  switch (parent?.type) {
    case 'CallExpression':
    case 'NewExpression':
    case 'SpreadElement':
    case 'Property':
    case 'TemplateLiteral':
    case 'BinaryExpression':
    case 'ReturnStatement':
      return true;
    case 'VariableDeclarator':
      return parent.id.type === 'ObjectPattern' && parent.id.properties.some((p) => p.type === 'RestElement');
    default:
      return false;
  }
}

/** `const { API_KEY } = process.env`: each destructured secret name is a read. */
export function destructuredEnv(ctx: TsRuleContext, node: TSESTree.VariableDeclarator): DataSource | undefined {
  if (node.id.type !== 'ObjectPattern' || !node.init || !ctx.refs(node.init).some((r) => envRef(r)?.length === 0)) {
    return undefined;
  }
  for (const prop of node.id.properties) {
    const name = prop.type === 'Property' && !prop.computed && prop.key.type === 'Identifier' ? prop.key.name : '*';
    if (isSecretEnvName(name)) {
      return { node: prop, label: name === '*' ? 'process.env' : `process.env.${name}`, kind: 'env', envName: name };
    }
  }
  return undefined;
}

/** A call that reads file contents. */
export function fileSource(ctx: TsRuleContext, node: CallNode): DataSource | undefined {
  for (const { ref, name } of targetsOf(ctx, node).targets) {
    const op = operationOf(ref);
    if (op?.op === 'read' && op.member !== 'realpath' && op.member !== 'readlink') {
      const text = ctx.text(node).replace(/\s+/g, ' ');
      return { node, label: text.length > 60 ? `${name}(…)` : text, kind: 'file' };
    }
  }
  return undefined;
}
