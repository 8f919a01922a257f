import { describe, expect, it } from 'vitest';
import { globToRegExp, isIgnored } from './ignore.mjs';

describe('globToRegExp', () => {
  it('keeps single-star within one segment', () => {
    expect(globToRegExp('src/*.ts').test('src/a.ts')).toBe(true);
    expect(globToRegExp('src/*.ts').test('src/deep/a.ts')).toBe(false);
  });

  it('lets ** cross directories', () => {
    const re = globToRegExp('**/*.snap');
    expect(re.test('a.snap')).toBe(true);
    expect(re.test('test/__snapshots__/a.snap')).toBe(true);
    expect(re.test('a.snap.ts')).toBe(false);
  });
});

describe('isIgnored', () => {
  const patterns = ['**/*.lock', 'dist/', '!packages/core/yarn.lock'];

  it('ignores matching files', () => {
    expect(isIgnored('yarn.lock', patterns)).toBe(true);
    expect(isIgnored('dist/index.js', patterns)).toBe(true);
  });

  it('re-includes negated files', () => {
    expect(isIgnored('packages/core/yarn.lock', patterns)).toBe(false);
  });

  it('keeps ordinary sources', () => {
    expect(isIgnored('src/main.mts', patterns)).toBe(false);
  });
});
