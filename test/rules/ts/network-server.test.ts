import rule from '../../../src/core/rules/ts/network-server';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
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
  ],
  invalid: [
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
      errors: [{ messageId: 'listen', line: 3 }],
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
