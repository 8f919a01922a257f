import { describe, it, expect } from 'vitest';
import { validatePassword, MESSAGES } from '../src/policy';

describe('validatePassword', () => {
  it('accepts a long unrelated passphrase', () => {
    expect(validatePassword('violet-harbor-lantern-42', 'sam@example.com')).toEqual([]);
  });

  it('flags short passwords and email reuse', () => {
    expect(validatePassword('sam1', 'sam@example.com')).toEqual([MESSAGES.tooShort, MESSAGES.sameAsEmail]);
  });

  it('flags token-looking passwords', () => {
    expect(validatePassword('ghp_abcdefghijklmnop', 'x@example.com')).toContain(MESSAGES.tokenReuse);
  });
});
