import rule from '../../../src/core/rules/text/hardcoded-secret';
import { ruleTester } from '../../ruleTester';

const PEM_BODY = 'frUnW5gcF+Ha6ili8GjHEAD6/Wj9KfzjsQGMrb9h+ImB+LK777pzNk8cL6j5IXAA';

ruleTester(rule, {
  valid: [
    { filename: 'src/a.ts', code: 'const RECAPTCHA_SITE_KEY = "6LcX9f2kAAAAAJ3nQ8pL4vR7tZ1wY5mB0cD2eF6g";' },
    { filename: 'src/a.ts', code: 'const CACHE_KEY = "orders_v2_2024_by_customer_9";' },
    { filename: 'app/auth.py', code: 'PASSWORD_SALT_ROUNDS = "12"\n' },
    { filename: 'app/auth.py', code: 'JWT_SECRET = "change-me-in-prod"\n' },
    { filename: 'src/pay.ts', code: 'const stripeKey = process.env.STRIPE_KEY ?? "sk_live_your_key_here_replace_me_1234567890";' },
    { filename: 'src/pay.ts', code: 'const stripeKey = process.env.STRIPE_KEY ?? "sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";' },
    { filename: 'src/pay.ts', code: 'const stripeKey = process.env.STRIPE_KEY ?? "sk_live_YOUR_STRIPE_SECRET_KEY_12345678";' },
    { filename: 'src/auth.ts', code: 'const cfg = { secret: process.env.SESSION_SECRET || "change-me-in-production" };' },
    { filename: '.env.example', code: 'OPENAI_API_KEY=sk-...\nGITHUB_TOKEN=<your-token>\n' },
    { filename: 'README.md', code: 'Set `AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE` and `password: changeme`.' },
    { filename: 'src/config.ts', code: 'const apiKey = process.env.API_KEY;' },
    { filename: 'docker-compose.yml', code: 'DATABASE_URL: postgres://postgres:postgres@db:5432/app\n' },
    { filename: 'src/a.ts', code: "const className = 'sk-button-primary-large-rounded-corner';" },
    { filename: 'src/a.ts', code: "if (pem.startsWith('-----BEGIN PRIVATE KEY-----')) parse(pem);" },
    { filename: 'docs/keys.md', code: '```\n-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----\n```' },
    { filename: 'src/a.ts', code: "const token = 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';" },
    { filename: 'src/a.ts', code: "const key = 'sk-proj-YOUR_KEY_HERE_REPLACE_ME_WITH_REAL_ONE';" },
    { filename: 'src/a.ts', code: "const t = 'AKIAXXXXXXXXXXXXXXXX';" },
    { filename: 'src/a.ts', code: 'const url = `postgres://${user}:${password}@${host}/db`;' },
    { filename: 'src/a.ts', code: "const url = 'https://user:pass@example.com/repo.git';" },
    { filename: 'src/a.ts', code: "const url = 'redis://default:hunter2pass@localhost:6379';" },
    { filename: 'README.md', code: 'Clone with `git clone https://<user>:<token>@github.com/acme/app.git`.' },
    {
      filename: 'package-lock.json',
      code: '{"integrity": "sha512-Zp0zVZomHFwUbbYrEqmSM9wCZ7Uw9xfogoEmvnEN5N1aE6Pw8s7aJ3kL9mQ2xZ7vB4nR6tY1wP5hJ0cD3e=="}',
    },
    { filename: 'data/users.json', code: '{"password": "$2b$10$eLfjVHq8xiM0OGr4hTxoF54Fzbka8FRCabcdefghijklmnopqrstu"}' },
    { filename: 'src/a.ts', code: "const passwordHash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';" },
    { filename: 'src/a.ts', code: "const sessionId = 'a8F3kL9mQ2xZ7vB4nR6tY1wP5hJ0cD3e';" },
    { filename: 'src/a.ts', code: "const maxTokens = 'abc123def456ghi789jkl012mno345';" },
    { filename: 'src/a.ts', code: "const password = 'password123';" },
    { filename: 'src/a.ts', code: "const secret = 'my-app-secret';" },
    { filename: 'src/a.ts', code: 'const apiKey = getApiKey(config.provider, "openai-default-profile-2024");' },
    { filename: 'test/auth.test.ts', code: "const secret = 'eLfjVHq8xiM0OGr4hTxoF54Fzbka8FRC';" },
    {
      filename: 'test/jwt.test.ts',
      code: "const jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';",
    },
    { filename: 'config/.env.example', code: 'SECRET_KEY=eLfjVHq8xiM0OGr4hTxoF54Fzbka8FRC\n' },
    { filename: '.env', code: 'API_KEY=${VAULT_API_KEY}\nTOKEN=$(cat /run/secrets/token)\nPORT=3000\n' },
    { filename: 'config.yml', code: 'auth:\n  token: "{{ secrets.DEPLOY_TOKEN }}"\n' },
    {
      filename: '.npmrc',
      code: '//registry.npmjs.org/:_authToken=npm_GzvAmwufUxbvJDCTbyvHNsG9eh6Yo4gfqrc5\n',
      name: 'npmrc tokens are text/registry-config business',
    },
    { filename: 'src/a.ts', code: "const TOKEN_PATTERN = 'ghp_[A-Za-z0-9]{36}';" },
    { filename: 'src/a.ts', code: "const authorization = 'Bearer ' + token;" },
    { filename: 'src/a.ts', code: `const line = '${'a'.repeat(5000)}';` },
    {
      filename: 'app/settings.py',
      code: 'DB_PASSWORD = os.environ.get("DB_PASSWORD", "")\nUSER = os.getenv("DB_USER", "analytics_loader")\n',
    },
    { filename: 'dbt/profiles.yml', code: "password: \"{{ env_var('WAREHOUSE_PASSWORD', 'changeme') }}\"\n" },
  ],
  invalid: [
    {
      name: 'a secret-named environment variable with a literal fallback, in a dbt profile and in Python',
      filename: 'dbt/profiles.yml',
      code: "user: \"{{ env_var('WAREHOUSE_USER', 'airdag_loader') }}\"\npassword: \"{{ env_var('WAREHOUSE_PASSWORD', 'Ld7!orders-2024') }}\"\n",
      errors: [{ messageId: 'envDefault', line: 2, column: 46, category: 'secrets', severity: 'medium' }],
    },
    {
      filename: 'app/settings.py',
      code: 'SECRET_KEY = env("DJANGO_SECRET_KEY", default="q8Zr2Lm5Xv7Nc1Tb4Yh6Kd9Pw3Fs0Ga")\n',
      errors: [{ messageId: 'envDefault', line: 1 }],
    },
    {
      name: 'a random value in any constant named *_KEY',
      filename: 'src/auth/jwt.strategy.ts',
      code: 'const SUPPORT_KEY = "sk_support_7f3a9c2e41d84b0f93ce";\n',
      errors: [{ messageId: 'assigned', line: 1, severity: 'medium' }],
    },
    { filename: 'app/auth.py', code: '_ONCALL_SALT = "r3p0rts-0ncall-2024"\n', errors: [{ messageId: 'assigned', line: 1 }] },
    { filename: 'app/auth.py', code: 'HMAC_SECRET = "r3p0rts-0ncall-2024"\n', errors: [{ messageId: 'assigned', line: 1 }] },
    {
      name: 'Stripe live key whose random body contains a mixed-case run like aBcDeF',
      filename: 'src/billing/config.ts',
      code: 'export const billing = {\n  stripeKey: process.env.STRIPE_KEY ?? "sk_live_51PqR7sLk2mVbN8xQ0tY4uZ9wE3rT6yU1iO5pA7sD2fG8hJ4kL0zX3cV9bN6mQ1wE00aBcDeFgH",\n};',
      errors: [{ messageId: 'token', severity: 'high', line: 2 }],
    },
    {
      filename: 'src/auth/session.ts',
      code: 'export const session = {\n  secret: process.env.SESSION_SECRET || "q9Vt0xR3mZkP7sLw2NcYb8HfJd4GaE6uT1oQiS5n",\n  resave: false,\n};',
      errors: [{ messageId: 'assigned', line: 2 }],
    },
    {
      filename: 'src/auth/session.js',
      code: 'app.use(session({ secret: process.env.X || "q9Vt0xR3mZkP7sLw2NcYb8HfJd4GaE6uT1oQiS5n", resave: false }));',
      errors: [{ messageId: 'assigned', line: 1 }],
    },
    {
      filename: 'src/config.ts',
      code: "export const token = 'ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d';",
      errors: [
        {
          messageId: 'token',
          severity: 'high',
          line: 1,
          column: 23,
          message: 'A GitHub token (`ghp_…`) is written into this file: anyone who can read the repository can use it.',
        },
      ],
    },
    { filename: 'src/a.js', code: "auth('ghs_KLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFR');", errors: [{ messageId: 'token' }] },
    {
      filename: 'src/a.js',
      code: "const t = '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';",
      errors: [{ messageId: 'token' }],
    },
    { filename: 'ci.yml', code: 'token: glpat-b8DwkNhFdnXsiVpzz63F\n', errors: [{ messageId: 'token' }] },
    {
      filename: 'src/a.ts',
      code: "const c = new Anthropic({ apiKey: 'sk-ant-api03-kv5ZJr3J1TWDtkwtDDb-xHKas1VOqg6YYZYn9ZhyiA4uoRgnatmUdjAWtGSU8po-799NksnRH9ucAUsdMlHUvTCQCy' });",
      errors: [{ messageId: 'token', severity: 'high' }],
    },
    {
      filename: 'src/a.ts',
      code: "const c = new OpenAI({ apiKey: 'sk-Zp0zVZomHFwUbbYrEqmSM9wCZ7Uw9xfogoEmvnEN5N1aE6Pw' });",
      errors: [{ messageId: 'token' }],
    },
    {
      filename: 'src/a.ts',
      code: "const c = new OpenAI({ apiKey: 'sk-proj-Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG' });",
      errors: [{ messageId: 'token' }],
    },
    {
      filename: 'src/slack.cfg',
      code: 'SLACK = "xoxb-116372651676-1222029729975-jJJibaZUPgHV7iB3m03nbqns"\n',
      errors: [{ messageId: 'token' }],
    },
    {
      filename: 'src/a.ts',
      code: "const hook = 'https://hooks.slack.com/services/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';",
      errors: [{ messageId: 'token' }],
    },
    {
      filename: 'src/pay.ts',
      code: "const stripe = new Stripe('sk_live_JEYXg4JdpmrcXgGCJbW56eCu');",
      errors: [{ messageId: 'token', severity: 'high' }],
    },
    {
      filename: 'src/maps.ts',
      code: "const key = 'AIzazJ59FHz5r1pY4OjE2jBMptUsGr7CmY-uCu3';",
      errors: [{ messageId: 'token', severity: 'medium' }],
    },
    {
      filename: 'scripts/publish.sh',
      code: 'echo "//registry.npmjs.org/:_authToken=npm_GzvAmwufUxbvJDCTbyvHNsG9eh6Yo4gfqrc5" > ~/.npmrc\n',
      errors: [{ messageId: 'token' }],
    },
    { filename: 'src/hf.ts', code: "const HF = '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';", errors: [{ messageId: 'token' }] },
    {
      filename: 'src/mail.ts',
      code: "sg.setApiKey('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');",
      errors: [{ messageId: 'token' }],
    },
    {
      filename: 'src/bot.mjs',
      code: "const bot = new Telegraf('6184729350:AAHUQPFeNBTxaQWk8JzFalHlsZfYcMMDktX');",
      errors: [{ messageId: 'token' }],
    },
    {
      filename: '.env',
      code: 'AWS_ACCESS_KEY_ID=AKIAU5JSJC616I76BOFB\nSECRET_KEY=9f8Kd7sL2mQ4xZ6vB1nR3tY5wP0aH8jC\n',
      errors: [
        { messageId: 'token', line: 1, severity: 'high' },
        { messageId: 'assigned', line: 2, severity: 'medium' },
      ],
    },
    {
      filename: 'src/aws.ts',
      code: "const creds = { accessKeyId: 'ASIAU5JSJC616I76BOFB', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY' };",
      errors: [{ messageId: 'token' }],
    },
    {
      filename: 'src/aws.ts',
      code: "const creds = { secretAccessKey: 'frUnW5gcF+Ha6ili8GjHEAD6/Wj9KfzjsQGMrb9h' };",
      errors: [{ messageId: 'assigned' }],
    },
    {
      filename: 'src/auth.ts',
      code: "const jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';",
      errors: [{ messageId: 'token', severity: 'medium' }],
    },
    {
      filename: 'deploy/key.pem',
      code: `-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----\n`,
      errors: [{ messageId: 'privateKey', severity: 'high', line: 1 }],
    },
    {
      filename: 'src/sign.js',
      code: `const KEY = '-----BEGIN EC PRIVATE KEY-----\\n${PEM_BODY}\\n-----END EC PRIVATE KEY-----';`,
      errors: [{ messageId: 'privateKey' }],
    },
    {
      filename: 'src/sign.js',
      code: `const KEY = [\n  '-----BEGIN PRIVATE KEY-----',\n  '${PEM_BODY}',\n].join('\\n');`,
      errors: [{ messageId: 'privateKey', line: 2 }],
    },
    {
      filename: 'key.json',
      code: `{"private_key": "-----BEGIN OPENSSH PRIVATE KEY-----\\n${PEM_BODY}\\n"}`,
      errors: [{ messageId: 'privateKey' }],
    },
    {
      filename: 'src/db.js',
      code: "const url = 'postgres://admin:Xk9f2LpQ7zR4@prod-db.internal.acme.io:5432/app';",
      errors: [
        {
          messageId: 'authUrl',
          severity: 'medium',
          message:
            'The URL to `prod-db.internal.acme.io` carries a password (`Xk9f…`): anyone who can read the repository can log in with it.',
        },
      ],
    },
    {
      filename: '.gitmodules',
      code: '[submodule "x"]\n  url = https://bot:ghx9Lq2Zr7Vt4Kp@git.acme.io/x.git\n',
      errors: [{ messageId: 'authUrl', line: 2 }],
    },
    {
      filename: 'src/a.ts',
      code: "headers: { Authorization: 'Bearer a8F3kL9mQ2xZ7vB4nR6tY1wP5hJ0cD3e' }",
      errors: [{ messageId: 'assigned' }],
    },
    {
      filename: 'src/a.ts',
      code: "const password = 'Tr0ub4dor&3xyz';",
      errors: [
        {
          messageId: 'assigned',
          message:
            '`password` is given a literal value that looks like a real secret (`Tr0u…`): keys belong in the environment or a secret store.',
        },
      ],
    },
    { filename: 'src/a.ts', code: "const config = { apiKey: 'eLfjVHq8xiM0OGr4hTxoF54Fzbka8FRC' };", errors: [{ messageId: 'assigned' }] },
    { filename: 'src/a.ts', code: 'this.clientSecret = "eLfjVHq8xiM0OGr4hTxoF54Fzbka8FRC";', errors: [{ messageId: 'assigned' }] },
    {
      filename: 'config.json',
      code: '{\n  "db": { "password": "Zq8#vL2m!Rt5" },\n  "jwt_secret": "eLfjVHq8xiM0OGr4hTxoF54Fzbka8FRC"\n}',
      errors: [
        { messageId: 'assigned', line: 2 },
        { messageId: 'assigned', line: 3 },
      ],
    },
    { filename: 'config.yml', code: 'stripe:\n  webhook_secret: whsec9f8Kd7sL2mQ4xZ6vB1nR3tY5\n', errors: [{ messageId: 'assigned' }] },
    { filename: 'settings.toml', code: 'api_key = "eLfjVHq8xiM0OGr4hTxoF54Fzbka8FRC"\n', errors: [{ messageId: 'assigned' }] },
    { filename: '.env', code: 'export DB_PASSWORD=Zq8vL2mRt5xK\n', errors: [{ messageId: 'assigned' }] },
    { filename: 'main.go', code: 'const apiToken = "eLfjVHq8xiM0OGr4hTxoF54Fzbka8FRC"\n', errors: [{ messageId: 'assigned' }] },
    {
      filename: 'test/api.test.ts',
      code: "const token = 'ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d';",
      errors: [{ messageId: 'token', severity: 'medium' }],
    },
    { filename: 'README.md', code: 'Use this token: `ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d`', errors: [{ messageId: 'token' }] },
  ],
});
