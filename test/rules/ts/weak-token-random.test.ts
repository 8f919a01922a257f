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
  ],
  invalid: [
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
