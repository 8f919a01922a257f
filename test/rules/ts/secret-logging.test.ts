import rule from '../../../src/core/rules/ts/secret-logging';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "console.log('incoming', req.method, req.url);",
    "logger.info({ ua: req.headers['user-agent'] }, 'request');",
    "console.log('content type', req.headers['content-type']);",
    'const headers = Object.fromEntries(req.headers); forward(headers);',
    "console.log(request.headers.get('accept'));",
    // Not a logger, and not a request.
    'store.error({ headers: req.headers });',
    "console.log('headers', config.headers);",
    // A local `console` object is not the global console.
    'const console = { log() {} }; console.log(req.headers);',
  ],
  invalid: [
    {
      code: "app.use((req, res, next) => { console.log('incoming', req.headers); next(); });",
      errors: [
        {
          messageId: 'logged',
          line: 1,
          column: 55,
          severity: 'medium',
          category: 'secrets',
          message: '`req.headers` is written to the log by `console.log`: session cookies and bearer tokens end up wherever the logs go.',
        },
      ],
    },
    {
      code: "export async function POST(req) {\n  try { await run(req); } catch (err) {\n    console.error('summarize failed', { err, headers: Object.fromEntries(req.headers) });\n  }\n}",
      errors: [{ messageId: 'logged', line: 3, severity: 'medium' }],
    },
    { code: 'console.debug(`auth: ${req.headers.authorization}`);', errors: [{ messageId: 'logged' }] },
    { code: "log.info({ cookies: req.cookies }, 'request');", errors: [{ messageId: 'logged' }] },
    { code: "logger.warn('token', request.headers.get('Authorization'));", errors: [{ messageId: 'logged' }] },
    { code: 'fastify.log.info({ h: [...request.headers.entries()] });', errors: [{ messageId: 'logged' }] },
    { code: 'console.log(JSON.stringify(ctx.request.headers));', errors: [{ messageId: 'logged' }] },
    {
      name: 'Hono request headers logged',
      code: "app.onError((err, c) => { console.error('failed', { headers: Object.fromEntries(c.req.raw.headers) }); console.warn(c.req.header()); return c.text('x', 500); });",
      errors: [{ messageId: 'logged' }, { messageId: 'logged' }],
    },
    {
      code: 'console.log(req.headers);',
      filename: 'test/server.test.ts',
      errors: [{ messageId: 'logged', severity: 'low' }],
    },
  ],
});
