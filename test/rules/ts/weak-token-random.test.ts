import rule from '../../../src/core/rules/ts/weak-token-random';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'const jitter = Math.random() * 100;',
    'const token = crypto.randomUUID();',
    'const id = `tmp-${Math.random().toString(36).slice(2)}`;',
    'function pickColor() { return COLORS[Math.floor(Math.random() * COLORS.length)]; }',
    'const delay = base + Math.random() * 50;',
    'const tokenizer = createTokenizer();',
    'const r = Math.random(); const tokens = text.split(" ");',
    'class Rng { random() { return 4; } } const token = new Rng().random();',
    'const sample = items.filter(() => Math.random() < 0.1);',
    {
      name: 'content hashes: an ETag, a cache key, a file checksum',
      code: "const crypto = require('node:crypto');\nconst etag = crypto.createHash('sha1').update(body).digest('hex');\nconst cacheKey = crypto.createHash('sha256').update(`${noteId}:${version}`).digest('hex');\nconst checksum = crypto.createHash('md5').update(fs.readFileSync(file)).digest('hex');",
      filename: 'src/cache.js',
    },
    {
      name: 'a stored token hashed, a secret mixed in, random bytes in a token',
      code: "import { createHash, randomBytes, randomUUID } from 'crypto';\nconst tokenHash = createHash('sha256').update(token).digest('hex');\nconst shareToken = createHash('sha256').update(`${noteId}:${process.env.SHARE_SECRET}`).digest('hex');\nconst sessionId = createHash('sha256').update(randomBytes(32)).digest('hex');\nconst id = randomUUID();\nconst inviteCode = createHash('sha1').update(id).digest('hex');\nconst resetToken = createHash('sha256').update(user.id + salt).digest('hex');",
      filename: 'src/tokens.ts',
    },
    {
      name: 'a hash of an id for a non-secret name',
      code: "import crypto from 'crypto';\nconst avatarColor = crypto.createHash('md5').update(user.email).digest('hex').slice(0, 6);",
      filename: 'src/avatar.ts',
    },
  ],
  invalid: [
    {
      name: 'a share token hashed from the host name and the note id',
      code: "const crypto = require('node:crypto');\nconst os = require('node:os');\nfunction shareToken(noteId) {\n  return crypto.createHash('sha1').update(`${os.hostname()}:${noteId}`).digest('hex').slice(0, 12);\n}",
      filename: 'src/share.js',
      errors: [{ messageId: 'predictableHash', line: 4, category: 'randomness', severity: 'medium' }],
    },
    {
      name: 'a reset token from an email and the time, a session id from a user id',
      code: "import { createHash } from 'crypto';\nexport const resetToken = createHash('sha256').update(user.email + Date.now()).digest('hex');\nreq.session.sessionId = createHash('md5').update(String(userId)).update(`${new Date().getTime()}`).digest('base64');",
      filename: 'src/auth.ts',
      errors: [
        { messageId: 'predictableHash', line: 2, category: 'randomness' },
        { messageId: 'predictableHash', line: 3, category: 'randomness' },
      ],
    },
    { code: 'const token = Math.random().toString(36).slice(2);', errors: [{ messageId: 'weak', line: 1, column: 15 }] },
    { code: 'function resetCode() { return Math.floor(Math.random() * 1e6); }', errors: [{ messageId: 'weak' }] },
    { code: 'session.csrf = Math.random().toString(16);', errors: [{ messageId: 'weak' }] },
    { code: 'const link = { shareId: Math.random().toString(36).slice(2, 8) };', errors: [{ messageId: 'weak' }] },
    { code: 'const rnd = Math.random; const apiKey = rnd().toString(36);', errors: [{ messageId: 'weak' }] },
    { code: "const apiKey = globalThis['Math'].random().toString(36);", errors: [{ messageId: 'weak' }] },
    { code: 'export const makeNonce = () => String(Math.random()).slice(2);', errors: [{ messageId: 'weak' }] },
    {
      code: 'const password = Array.from({ length: 12 }, () => CHARS[Math.floor(Math.random() * CHARS.length)]).join("");',
      errors: [{ messageId: 'weak' }],
    },
  ],
});
