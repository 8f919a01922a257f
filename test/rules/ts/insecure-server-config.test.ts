import rule from '../../../src/core/rules/ts/insecure-server-config';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'app.use(cors({ origin: (origin, cb) => { if (!origin || allow.has(origin)) return cb(null, true); cb(new Error("blocked")); }, credentials: true }));',
    'app.use(cors({ origin: (origin, cb) => cb(null, allow.has(origin) ? origin : false), credentials: true }));',
    'app.use(cors({ origin: (origin, cb) => cb(null, origin ?? "*") }));',
    'app.use(cors({ origin(origin, callback) { if (ALLOWED.includes(origin)) callback(null, true); else callback(null, false); }, credentials: true }));',
    'queue.process({ origin: (origin, cb) => cb(null, true) });',
    "app.use(cors({ origin: ['https://app.example.com'], credentials: true }));",
    "app.use(cors({ origin: '*' }));",
    'app.use(cors({ origin: true }));',
    'app.use(helmet());',
    "res.cookie('sid', id, { httpOnly: true, secure: true, sameSite: 'lax' });",
    "jwt.verify(token, key, { algorithms: ['RS256'] });",
    "if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);",
    "const origin = req.headers.origin; if (ALLOWED.includes(origin)) { res.setHeader('Access-Control-Allow-Origin', origin); }",
    "res.setHeader('Access-Control-Allow-Origin', '*');",
    "app.disable('x-powered-by');",
    'const csp = { styleSrc: ["\'self\'", "\'unsafe-inline\'"] };',
    "app.use(session({ cookie: { secure: process.env.NODE_ENV === 'production', httpOnly: true } }));",
    'const settings = { secure: false, httpOnly: false };',
    "const doc = 'never use unsafe-eval';",
    'const opts = { contentSecurityPolicy: { directives } };',
    'app.use(cors({ origin: (origin, cb) => cb(null, allowlist.includes(origin)), credentials: true }));',
    {
      name: 'a returned origin only when the allowlist has it',
      code: "app.use('/api/*', cors({ origin: (origin) => (allowed.includes(origin) ? origin : null), credentials: true }));",
    },
    {
      name: 'a returned origin only for the preview domain',
      code: "app.use(cors({ origin: (origin) => { if (origin.endsWith('.shop-previews.pages.dev')) return origin; return 'https://shop.example'; }, credentials: true }));",
    },
    {
      name: 'a reflecting origin function without credentials is the same as *',
      code: "app.use(cors({ origin: (origin) => origin || 'https://shop.example' }));",
    },
    {
      name: 'an origin function returning a configured value',
      code: 'app.use(cors({ origin: (origin, c) => c.env.APP_ORIGIN, credentials: true }));',
    },
  ],
  invalid: [
    {
      code: 'app.use(cors({\n  origin: (origin, cb) => cb(null, origin ?? "*"),\n  credentials: true,\n}));',
      errors: [{ messageId: 'cors', severity: 'high', line: 2 }],
    },
    {
      code: 'app.use(cors({ origin: (origin, callback) => { console.log("cors", origin); callback(null, true); }, credentials: true }));',
      errors: [{ messageId: 'cors', severity: 'high' }],
    },
    {
      code: 'const corsOptions = {\n  origin: function (origin, cb) { return cb(null, origin || true); },\n  credentials: true,\n};\napp.use(cors(corsOptions));',
      errors: [{ messageId: 'cors', severity: 'high', line: 2 }],
    },
    {
      code: 'app.use(cors({ origin: (o, done) => done(undefined, o), credentials: true }));',
      errors: [{ messageId: 'cors', severity: 'high' }],
    },
    { code: "app.use(cors({ origin: '*', credentials: true }));", errors: [{ messageId: 'cors', severity: 'high' }] },
    {
      name: 'an origin function that returns the request origin (Hono) with credentials',
      code: 'app.use(\n  "/api/*",\n  cors({\n    origin: (origin) => origin || "https://shop.example",\n    allowMethods: ["GET"],\n    credentials: true,\n  }),\n);',
      errors: [{ messageId: 'cors', severity: 'high', line: 4, category: 'insecure-config' }],
    },
    {
      name: 'an origin method whose every return lets the origin in',
      code: 'await app.register(fastifyCors, { credentials: true, async origin(origin) { if (!origin) return true; return origin; } });',
      errors: [{ messageId: 'cors', severity: 'high' }],
    },
    { code: 'app.use(cors({ origin: true, credentials: true }));', errors: [{ messageId: 'cors' }] },
    { code: "const ALL = '*'; app.use(cors({ credentials: true, origin: ALL }));", errors: [{ messageId: 'cors' }] },
    { code: 'app.use(cors({ origin: (origin, cb) => cb(null, true), credentials: true }));', errors: [{ messageId: 'cors' }] },
    {
      code: 'app.use(cors({ origin: (origin, cb) => cb(null, partnerOrigins.includes(origin) || true), credentials: true }));',
      errors: [{ messageId: 'cors' }],
    },
    { code: "await app.register(fastifyCors, { origin: '*', credentials: true });", errors: [{ messageId: 'cors' }] },
    {
      code: "res.set({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' });",
      errors: [{ messageId: 'cors', severity: 'medium' }],
    },
    { code: "res.setHeader('Access-Control-Allow-Origin', req.headers.origin);", errors: [{ messageId: 'reflect' }] },
    { code: "res.header('Access-Control-Allow-Origin', req.get('origin'));", errors: [{ messageId: 'reflect' }] },
    { code: "reply.header('access-control-allow-origin', request.headers['origin'] || '*');", errors: [{ messageId: 'reflect' }] },
    { code: 'app.use(helmet({ contentSecurityPolicy: false }));', errors: [{ messageId: 'helmet', severity: 'medium' }] },
    {
      code: 'app.use(helmet({ contentSecurityPolicy: false, crossOriginResourcePolicy: false }));',
      errors: [
        {
          messageId: 'helmet',
          message: '`contentSecurityPolicy: false` switches off a protection header (contentSecurityPolicy, crossOriginResourcePolicy).',
        },
      ],
    },
    { code: 'await fastify.register(helmet, { frameguard: false });', errors: [{ messageId: 'helmet' }] },
    {
      code: 'app.use(helmet.contentSecurityPolicy({ directives: { scriptSrc: ["\'self\'", "\'unsafe-inline\'"] } }));',
      errors: [{ messageId: 'csp' }],
    },
    { code: "const directives = { 'script-src': [\"'self'\", \"'unsafe-eval'\"] };", errors: [{ messageId: 'csp' }] },
    {
      code: "res.setHeader('Content-Security-Policy', \"default-src 'self'; script-src 'self' 'unsafe-inline'\");",
      errors: [{ messageId: 'csp' }],
    },
    { code: "res.cookie('sid', id, { httpOnly: false });", errors: [{ messageId: 'cookie', severity: 'medium' }] },
    { code: 'app.use(session({ secret, cookie: { secure: false } }));', errors: [{ messageId: 'cookie', severity: 'low' }] },
    {
      code: "reply.setCookie('token', t, { path: '/', httpOnly: false, secure: false });",
      errors: [{ messageId: 'cookie' }, { messageId: 'cookie' }],
    },
    { code: "jwt.verify(token, key, { algorithms: ['none'] });", errors: [{ messageId: 'jwt', severity: 'high' }] },
    {
      code: "jwt.verify(token, key, { algorithms: ['HS256', 'none'], ignoreExpiration: true });",
      errors: [{ messageId: 'jwt' }, { messageId: 'jwt', severity: 'medium' }],
    },
    {
      code: "app.use(cors({ origin: '*', credentials: true }));",
      filename: 'test/app.test.ts',
      errors: [{ messageId: 'cors', severity: 'low' }],
    },
  ],
});
