/**
 * Python network APIs: HTTP clients (`requests`, `httpx`, `aiohttp`, `urllib`, `urllib3`),
 * sockets and protocol clients (`http.client`, `smtplib`, `ftplib`, `telnetlib`, `paramiko`,
 * WebSockets), cloud uploads (`boto3`, `google.cloud.storage`), DNS lookups, and servers. Says
 * where a call's destination and payload are.
 */
import type { PyRuleContext } from '../../engine/rule';
import { callArguments } from '../../python/calls';
import { field, namedChildren } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { clip, pyPaths } from './py-fs-paths';

export type NetKind = 'request' | 'connect' | 'send' | 'upload' | 'dns' | 'server';

export interface NetApi {
  kind: NetKind;
  /** Position and keyword of the destination (URL, host, `(host, port)`). */
  url?: [number, string];
  /** The HTTP method, when the name says it. */
  method?: string;
  /** Where the HTTP method is passed (`requests.request('POST', url)`). */
  methodArg?: number;
  /** Default bind address of a server (`'all'` for all interfaces). */
  defaultHost?: 'all' | 'loopback';
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
const HTTP_CLIENTS = [
  'requests',
  'requests.api',
  'httpx',
  'requests.Session()',
  'requests.session()',
  'httpx.Client()',
  'httpx.AsyncClient()',
  'aiohttp.ClientSession()',
];

const TABLE: Record<string, NetApi> = {
  'urllib.request.urlopen': { kind: 'request', url: [0, 'url'] },
  'urllib.request.urlretrieve': { kind: 'request', url: [0, 'url'], method: 'GET' },
  'urllib2.urlopen': { kind: 'request', url: [0, 'url'] },
  'urllib.urlopen': { kind: 'request', url: [0, 'url'] },
  'urllib.request.build_opener().open': { kind: 'request', url: [0, 'fullurl'] },
  'urllib3.PoolManager().request': { kind: 'request', url: [1, 'url'], methodArg: 0 },
  'urllib3.PoolManager().urlopen': { kind: 'request', url: [1, 'url'], methodArg: 0 },
  'urllib3.request': { kind: 'request', url: [1, 'url'], methodArg: 0 },
  'aiohttp.request': { kind: 'request', url: [1, 'url'], methodArg: 0 },
  'http.client.HTTPConnection': { kind: 'connect', url: [0, 'host'] },
  'http.client.HTTPSConnection': { kind: 'connect', url: [0, 'host'] },
  'socket.create_connection': { kind: 'connect', url: [0, 'address'] },
  'socket.socket().connect': { kind: 'connect', url: [0, 'address'] },
  'socket.socket().connect_ex': { kind: 'connect', url: [0, 'address'] },
  'socket.socket().sendto': { kind: 'send', url: [1, 'address'] },
  'socket.socket().send': { kind: 'send' },
  'socket.socket().sendall': { kind: 'send' },
  'socket.create_connection().send': { kind: 'send' },
  'socket.create_connection().sendall': { kind: 'send' },
  'smtplib.SMTP().sendmail': { kind: 'send' },
  'smtplib.SMTP().send_message': { kind: 'send' },
  'smtplib.SMTP_SSL().sendmail': { kind: 'send' },
  'smtplib.SMTP_SSL().send_message': { kind: 'send' },
  'websocket.create_connection().send': { kind: 'send' },
  'smtplib.SMTP': { kind: 'connect', url: [0, 'host'] },
  'smtplib.SMTP_SSL': { kind: 'connect', url: [0, 'host'] },
  'ftplib.FTP': { kind: 'connect', url: [0, 'host'] },
  'ftplib.FTP_TLS': { kind: 'connect', url: [0, 'host'] },
  'telnetlib.Telnet': { kind: 'connect', url: [0, 'host'] },
  'paramiko.SSHClient().connect': { kind: 'connect', url: [0, 'hostname'] },
  'paramiko.Transport': { kind: 'connect', url: [0, 'sock'] },
  'websocket.create_connection': { kind: 'connect', url: [0, 'url'] },
  'websocket.WebSocketApp': { kind: 'connect', url: [0, 'url'] },
  'websockets.connect': { kind: 'connect', url: [0, 'uri'] },
  'websockets.client.connect': { kind: 'connect', url: [0, 'uri'] },
  'websockets.sync.client.connect': { kind: 'connect', url: [0, 'uri'] },
  'asyncio.open_connection': { kind: 'connect', url: [0, 'host'] },
  'xmlrpc.client.ServerProxy': { kind: 'connect', url: [0, 'uri'] },
  'ftplib.FTP().storbinary': { kind: 'upload' },
  'ftplib.FTP().storlines': { kind: 'upload' },
  'paramiko.SSHClient().open_sftp().put': { kind: 'upload' },
  'boto3.client().upload_file': { kind: 'upload' },
  'boto3.client().upload_fileobj': { kind: 'upload' },
  'boto3.client().put_object': { kind: 'upload' },
  'boto3.resource().Bucket().upload_file': { kind: 'upload' },
  'boto3.resource().Bucket().put_object': { kind: 'upload' },
  'boto3.resource().Object().put': { kind: 'upload' },
  'boto3.resource().Object().upload_file': { kind: 'upload' },
  // Model hubs and experiment trackers: a run's outputs (weights, data, logs) leave the machine.
  'huggingface_hub.HfApi().upload_folder': { kind: 'upload' },
  'huggingface_hub.HfApi().upload_file': { kind: 'upload' },
  'huggingface_hub.HfApi().upload_large_folder': { kind: 'upload' },
  'huggingface_hub.HfApi().create_commit': { kind: 'upload' },
  'huggingface_hub.upload_folder': { kind: 'upload' },
  'huggingface_hub.upload_file': { kind: 'upload' },
  'huggingface_hub.create_commit': { kind: 'upload' },
  'dns.resolver.resolve': { kind: 'dns', url: [0, 'qname'] },
  'dns.resolver.query': { kind: 'dns', url: [0, 'qname'] },
  'dns.resolver.Resolver().resolve': { kind: 'dns', url: [0, 'qname'] },
  'dns.resolver.Resolver().query': { kind: 'dns', url: [0, 'qname'] },
  'socket.gethostbyname': { kind: 'dns', url: [0, 'hostname'] },
  'socket.gethostbyname_ex': { kind: 'dns', url: [0, 'hostname'] },
  'socket.getaddrinfo': { kind: 'dns', url: [0, 'host'] },
  'socket.socket().bind': { kind: 'server', url: [0, 'address'] },
  'socketserver.TCPServer': { kind: 'server', url: [0, 'server_address'] },
  'socketserver.UDPServer': { kind: 'server', url: [0, 'server_address'] },
  'socketserver.ThreadingTCPServer': { kind: 'server', url: [0, 'server_address'] },
  'socketserver.ThreadingUDPServer': { kind: 'server', url: [0, 'server_address'] },
  'socketserver.ForkingTCPServer': { kind: 'server', url: [0, 'server_address'] },
  'http.server.HTTPServer': { kind: 'server', url: [0, 'server_address'] },
  'http.server.ThreadingHTTPServer': { kind: 'server', url: [0, 'server_address'] },
  'xmlrpc.server.SimpleXMLRPCServer': { kind: 'server', url: [0, 'addr'] },
  'flask.Flask().run': { kind: 'server', url: [0, 'host'], defaultHost: 'loopback' },
  'uvicorn.run': { kind: 'server', url: [99, 'host'], defaultHost: 'loopback' },
  'aiohttp.web.run_app': { kind: 'server', url: [99, 'host'], defaultHost: 'all' },
  'waitress.serve': { kind: 'server', url: [99, 'host'], defaultHost: 'all' },
  'asyncio.start_server': { kind: 'server', url: [1, 'host'], defaultHost: 'all' },
  'dash.Dash().run': { kind: 'server', url: [99, 'host'], defaultHost: 'loopback' },
  'dash.Dash().run_server': { kind: 'server', url: [99, 'host'], defaultHost: 'loopback' },
};

/** The API a qualified name is. */
export function netApi(name: string): NetApi | undefined {
  if (TABLE[name]) {
    return TABLE[name];
  }
  const dot = name.lastIndexOf('.');
  const owner = name.slice(0, dot);
  const member = name.slice(dot + 1);
  if (HTTP_CLIENTS.includes(owner)) {
    if (HTTP_METHODS.includes(member)) {
      return { kind: 'request', url: [0, 'url'], method: member.toUpperCase() };
    }
    if (member === 'request' || member === 'stream') {
      return { kind: 'request', url: [1, 'url'], methodArg: 0 };
    }
  }
  if (name.startsWith('google.cloud.storage.') && /\.upload_from_(filename|string|file)$/.test(name)) {
    return { kind: 'upload' };
  }
  return undefined;
}

/** A server address: the host and port of `(host, port)` or the `host=` of a framework call. */
export function hostOf(ctx: PyRuleContext, node: PyNode | undefined): { host: string | undefined; text: string } {
  if (!node) {
    return { host: undefined, text: '' };
  }
  let target = node;
  if (target.type === 'identifier') {
    const strings = ctx.strings(target);
    if (strings) {
      return { host: strings[0], text: strings[0] };
    }
  }
  if (target.type === 'tuple' || target.type === 'parenthesized_expression') {
    const items = namedChildren(target);
    target = items[0] ?? target;
    const port = items[1] ? (ctx.numbers(items[1])?.[0] ?? ctx.strings(items[1])?.[0]) : undefined;
    const host = ctx.strings(target)?.[0];
    return { host, text: host !== undefined ? `${host}${port !== undefined ? `:${port}` : ''}` : clip(ctx.text(node), 50) };
  }
  if (target.type === 'none') {
    return { host: '', text: 'None' };
  }
  const host = ctx.strings(target)?.[0];
  return { host, text: host ?? clip(ctx.text(node), 50) };
}

/** The destination of a call as text, with `*` for parts computed at run time, and whether it is constant. */
export function urlOf(ctx: PyRuleContext, node: PyNode | undefined): { text: string; constant: boolean; symbolic: string } {
  if (!node) {
    return { text: '(no destination)', constant: false, symbolic: '*' };
  }
  if (node.type === 'tuple') {
    const h = hostOf(ctx, node);
    return { text: h.text, constant: h.host !== undefined, symbolic: h.host ?? '*' };
  }
  if (node.type === 'call' && ctx.callNames(node).some((n) => /^urllib2?\.(request\.)?Request$/.test(n))) {
    return urlOf(ctx, callArguments(node, ctx.sourceText).positional[0] ?? callArguments(node, ctx.sourceText).keywords.get('url'));
  }
  if (node.type === 'identifier') {
    const strings = ctx.strings(node);
    if (!strings) {
      const symbolic = pyPaths(ctx, node)[0] ?? '*';
      return { text: symbolic !== '*' ? clip(symbolic) : clip(ctx.text(node), 50), constant: false, symbolic };
    }
  }
  const strings = ctx.strings(node);
  if (strings) {
    return { text: clip(strings[0]), constant: true, symbolic: strings[0] };
  }
  const symbolic = pyPaths(ctx, node)[0] ?? '*';
  return { text: clip(symbolic !== '*' ? symbolic : ctx.text(node), 60), constant: false, symbolic };
}

/** The `Request(url, data=...)` an `urlopen` argument was built from, if any. */
export function requestObject(ctx: PyRuleContext, node: PyNode | undefined): PyNode | undefined {
  if (node?.type === 'call' && ctx.callNames(node).some((n) => /^urllib2?\.(request\.)?Request$/.test(n))) {
    return node;
  }
  return undefined;
}

/** Arguments that carry only credentials for the destination itself (auth headers, `auth=`). */
export function isAuthArgument(ctx: PyRuleContext, call: PyNode, inner: PyNode): boolean {
  for (let n: PyNode | undefined = inner; n && n !== call; n = n.parent) {
    if (n.type === 'keyword_argument') {
      return /^(headers|auth|cookies|api_key|token|password|passwd|key|secret|aws_access_key_id|aws_secret_access_key|username|user|pkey|key_filename|login)$/.test(
        ctx.text(field(n, 'name') ?? n),
      );
    }
  }
  return false;
}
