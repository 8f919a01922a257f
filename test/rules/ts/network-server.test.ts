import rule from '../../../src/core/rules/ts/network-server';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "const upstream = { host: 'api.example.com', port: 443 };",
    "if (addr === '0.0.0.0') console.warn('listening on all interfaces');",
    "import express from 'express'; export const app = express();",
    "import express from 'express'; const router = express.Router(); router.get('/', h);",
    'queue.listen("jobs", handler);',
    'emitter.on("listen", cb); server.listen(3000);',
    "import { WebSocketServer } from 'ws'; const wss = new WebSocketServer({ noServer: true });",
    "import { WebSocketServer } from 'ws'; const wss = new WebSocketServer({ server });",
    "import { Server } from 'socket.io'; const io = new Server(httpServer);",
    'class App { listen(p) { return p } } new App().listen(3000);',
    'function createServer() { return {} } createServer().listen(1);',
    "import http from 'http'; http.get('http://x.test');",
    "const s = 'http.createServer().listen(80)';",
    "import dgram from 'dgram'; const s = dgram.createSocket('udp4'); s.send(m, 53, 'h');",
    // Looking for the inspector flag is not passing it; listening on unknown receivers without an all-interfaces host is unknown.
    "const debugging = process.execArgv.includes('--inspect');",
    "const args = process.execArgv.filter((a) => !a.startsWith('--inspect'));",
    "if (flag === '--inspect-brk') { debug = true; }",
    "switch (arg) { case '--inspect': break; }",
    "const help = 'use --inspector-port to pick a port';",
    "const flags = booleanFlag(false, [['--inspect-brk', 1], ['--inspect', 1]]);",
    "const DEBUG_FLAGS = ['--inspect', '--inspect-brk'];",
    'this.statsServer.listen(port);',
    "queue.listen('jobs', '0.0.0.0');",
  ],
  invalid: [
    {
      code: "const env = process.env;\nexport const config = {\n  host: env.RELAY_HOST ?? '0.0.0.0',\n  port: Number(env.PORT ?? 8080),\n};",
      errors: [{ messageId: 'bindDefault', line: 3, severity: 'low' }],
    },
    { code: "const HOST = process.env.HOST || '::';", errors: [{ messageId: 'bindDefault' }] },
    // The inspector: a remote-code-execution port by design.
    {
      code: "const child = fork(WORKER, [], {\n  execArgv: ['--inspect=0.0.0.0:0'],\n});",
      errors: [
        {
          messageId: 'inspectorExposed',
          line: 2,
          severity: 'high',
          message:
            '`--inspect=0.0.0.0:0` opens the Node.js inspector on `0.0.0.0`, reachable from other machines: anyone who can connect to it runs arbitrary code in the process.',
        },
      ],
    },
    { code: "spawn('node', ['--inspect-brk=[::]:9229', 'app.js']);", errors: [{ messageId: 'inspectorExposed', severity: 'high' }] },
    { code: "const env = { ...process.env, NODE_OPTIONS: '--inspect=10.0.0.5:9229' };", errors: [{ messageId: 'inspectorExposed' }] },
    { code: "execSync('node --inspect=0.0.0.0 server.js');", errors: [{ messageId: 'inspectorExposed' }] },
    { code: "fork(script, [], { execArgv: ['--inspect'] });", errors: [{ messageId: 'inspector', severity: 'medium' }] },
    { code: "const opts = { execArgv: ['--inspect-brk=9230'] };", errors: [{ messageId: 'inspector', severity: 'medium' }] },
    { code: "const opts = { execArgv: ['--inspect=127.0.0.1:9229'] };", errors: [{ messageId: 'inspector' }] },
    { code: 'const cmd = `node --inspect=${host} worker.js`;', errors: [{ messageId: 'inspector' }] },
    {
      code: "fork(script, [], { execArgv: ['--inspect'] });",
      filename: 'test/debug.test.ts',
      errors: [{ messageId: 'inspector', severity: 'low' }],
    },
    {
      code: "import inspector from 'node:inspector'; inspector.open(9229, '0.0.0.0');",
      errors: [{ messageId: 'allInterfaces', severity: 'high' }],
    },
    { code: "import { open } from 'inspector'; open(9229);", errors: [{ messageId: 'listen', severity: 'medium' }] },
    // A listen on every interface, whatever the receiver.
    {
      code: "class Q { serve(port) {\n  this.statsServer = make();\n  this.statsServer.listen(port, '0.0.0.0');\n} }",
      errors: [
        {
          messageId: 'allInterfaces',
          line: 3,
          severity: 'high',
          message:
            '`this.statsServer.listen` listens on `0.0.0.0`, every network interface: the server is reachable from other machines, not just this one.',
        },
      ],
    },
    { code: "server.listen({ port: 80, host: '::' });", errors: [{ messageId: 'allInterfaces' }] },
    {
      code: "import http from 'http'; http.createServer(handler).listen(8080);",
      errors: [
        {
          messageId: 'listen',
          line: 1,
          column: 26,
          severity: 'medium',
          message:
            '`http.createServer().listen` starts a server listening on port `8080`: anything that can reach this machine can talk to it.',
        },
      ],
    },
    {
      code: "import http from 'node:http';\nconst server = http.createServer(app);\nserver.listen(port);",
      errors: [
        {
          messageId: 'started',
          line: 2,
          severity: 'low',
          message:
            '`http.createServer` creates the server started on line 3: the request handler defined here is what anyone who can connect gets to run.',
        },
        { messageId: 'listen', line: 3 },
      ],
    },
    {
      code: "const http = require('node:http');\nclass Queue {\n  serveStats(port) {\n    this.statsServer = http.createServer(async (req, res) => res.end('ok'));\n    this.statsServer.listen(port, '0.0.0.0');\n  }\n}",
      errors: [
        { messageId: 'started', line: 4, severity: 'medium' },
        { messageId: 'allInterfaces', line: 5, severity: 'high' },
      ],
    },
    {
      code: "import http from 'http'; export const server = http.createServer(app);",
      errors: [{ messageId: 'created', severity: 'medium' }],
    },
    {
      code: "const https = require('https'); https.createServer({ key, cert }, app).listen(443, '0.0.0.0');",
      errors: [{ messageId: 'allInterfaces', severity: 'high' }],
    },
    { code: "import { createServer } from 'http2'; createServer().listen(8443);", errors: [{ messageId: 'listen' }] },
    { code: "import http2 from 'http2'; http2.createSecureServer(opts).listen(8443);", errors: [{ messageId: 'listen' }] },
    {
      code: "import net from 'net'; const srv = net.createServer((c) => c.pipe(c)); srv.listen({ port: 4000, host: '::' });",
      errors: [{ messageId: 'allInterfaces', severity: 'high' }],
    },
    { code: "import tls from 'tls'; tls.createServer(opts).listen(8000);", errors: [{ messageId: 'listen' }] },
    { code: "import net from 'net'; const s = new net.Server(); s.listen(9);", errors: [{ messageId: 'listen' }] },
    {
      code: "import express from 'express'; const app = express(); app.listen(3000);",
      errors: [
        {
          messageId: 'listen',
          message: '`express().listen` starts a server listening on port `3000`: anything that can reach this machine can talk to it.',
        },
      ],
    },
    {
      code: "import express from 'express'; const app = express(); app.listen(3000, '0.0.0.0');",
      errors: [{ messageId: 'allInterfaces', severity: 'high' }],
    },
    {
      code: "const express = require('express'); const app = express(); app.listen(process.env.PORT || 3000, process.env.HOST || '0.0.0.0');",
      errors: [{ messageId: 'allInterfaces' }],
    },
    {
      code: "import express from 'express'; const app = express(); app.listen(PORT, () => console.log('up'));",
      errors: [{ messageId: 'listen' }],
    },
    {
      code: "import Fastify from 'fastify'; const f = Fastify(); await f.listen({ port: 3000, host: '0.0.0.0' });",
      errors: [{ messageId: 'allInterfaces' }],
    },
    {
      code: "import { fastify } from 'fastify'; const f = fastify({ logger: true }); await f.listen({ port: 3000 });",
      errors: [{ messageId: 'listen' }],
    },
    { code: "import Koa from 'koa'; const app = new Koa(); app.listen(3000);", errors: [{ messageId: 'listen' }] },
    {
      code: "import Hapi from '@hapi/hapi'; const server = Hapi.server({ port: 3000, host: 'localhost' }); await server.start();",
      errors: [{ messageId: 'listen' }],
    },
    {
      code: "const Hapi = require('@hapi/hapi'); const server = new Hapi.Server({ port: 3000, host: '0.0.0.0' });",
      errors: [{ messageId: 'allInterfaces' }],
    },
    { code: "import { WebSocketServer } from 'ws'; const wss = new WebSocketServer({ port: 9000 });", errors: [{ messageId: 'listen' }] },
    { code: "import WebSocket from 'ws'; const wss = new WebSocket.Server({ port: 9000 });", errors: [{ messageId: 'listen' }] },
    {
      code: "const ws = require('ws'); const wss = new ws.Server({ port: 9000, host: '0.0.0.0' });",
      errors: [{ messageId: 'allInterfaces' }],
    },
    { code: "import { Server } from 'socket.io'; const io = new Server(3000);", errors: [{ messageId: 'listen' }] },
    { code: "import dgram from 'dgram'; const s = dgram.createSocket('udp4'); s.bind(41234);", errors: [{ messageId: 'listen' }] },
    {
      code: "import dgram from 'dgram'; dgram.createSocket('udp4').bind({ port: 5353, address: '0.0.0.0' });",
      errors: [{ messageId: 'allInterfaces' }],
    },
    { code: 'Bun.serve({ port: 3000, fetch: handler });', errors: [{ messageId: 'listen' }] },
    { code: "Deno.serve({ hostname: '0.0.0.0', port: 8000 }, handler);", errors: [{ messageId: 'allInterfaces' }] },
    { code: "import { serve } from '@hono/node-server'; serve({ fetch: app.fetch, port: 8787 });", errors: [{ messageId: 'listen' }] },
    {
      code: "import { NestFactory } from '@nestjs/core'; const app = await NestFactory.create(AppModule); await app.listen(3000);",
      errors: [{ messageId: 'listen' }],
    },
    { code: "module.require('net').createServer(h).listen(9);", errors: [{ messageId: 'listen' }] },
    {
      code: "import { createRequire } from 'module'; createRequire(import.meta.url)('http').createServer(h).listen(9);",
      errors: [{ messageId: 'listen' }],
    },
    { code: 'const srv = globalThis.Bun.serve({ port: 1, fetch: h });', errors: [{ messageId: 'listen' }] },
    {
      code: "import http from 'http'; const s = http.createServer(h); Reflect.apply(s.listen, s, [80]);",
      errors: [{ messageId: 'listen' }],
    },
    { code: "import express from 'express'; const app = express(); app?.listen?.(80);", errors: [{ messageId: 'listen' }] },
    { code: "const r = require; r('http').createServer(h).listen(80);", errors: [{ messageId: 'listen' }] },
    { code: "import * as h from 'node:http'; const { createServer: cs } = h; cs(a).listen(80);", errors: [{ messageId: 'listen' }] },
    { code: "import http from 'http'; const s = http['create' + 'Server'](h); s['lis' + 'ten'](80);", errors: [{ messageId: 'listen' }] },
    { code: "import http from 'http'; const s = http.createServer(h); s.listen.call(s, 80);", errors: [{ messageId: 'listen' }] },
    {
      code: "import http from 'http'; function make() { return http.createServer(h) } make().listen(80);",
      errors: [{ messageId: 'listen' }],
    },
    {
      code: "import express from 'express'; const app = express(); const server = app.listen(0);",
      filename: 'test/api.test.ts',
      errors: [{ messageId: 'listen', severity: 'low' }],
    },
  ],
});
