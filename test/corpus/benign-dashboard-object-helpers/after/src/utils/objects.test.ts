import { describe, expect, it } from 'vitest';
import { keysOf, omit, ownMethodNames, pick } from './objects';

class Sample {
  constructor(public readonly value: number) {}
  double() {
    return this.value * 2;
  }
  describe() {
    return `Sample(${this.value})`;
  }
  get label() {
    return String(this.value);
  }
}

describe('object helpers', () => {
  const user = { id: 1, name: 'Ada', email: 'ada@example.com' };

  it('pick keeps only the requested keys', () => {
    expect(pick(user, ['id', 'name'])).toEqual({ id: 1, name: 'Ada' });
  });

  it('omit drops the requested keys', () => {
    expect(omit(user, ['email'])).toEqual({ id: 1, name: 'Ada' });
  });

  it('keysOf returns own enumerable keys', () => {
    expect(keysOf(user)).toEqual(['id', 'name', 'email']);
  });

  it('ownMethodNames ignores the constructor and accessors', () => {
    expect(ownMethodNames(Sample.prototype).sort()).toEqual(['describe', 'double']);
  });
});
