import { describe, it, expect } from 'vitest';
import { createSessionStore } from '../src/store';

describe('session store', () => {
  it('expires sessions after ttl', () => {
    let t = 1_000;
    const store = createSessionStore(() => t);
    const s = store.create('u1', 500);
    expect(store.get(s.id)).toBeDefined();
    t = 1_600;
    expect(store.get(s.id)).toBeUndefined();
  });
});
