import { describe, expect, it } from 'vitest';
import { cacheDir } from '../src/paths.js';

describe('cacheDir', () => {
  it('honours an explicit override', () => {
    expect(cacheDir('pricewatch', { PRICEWATCH_CACHE_DIR: '/tmp/pw' }, 'linux')).toBe('/tmp/pw');
  });

  it('uses XDG_CACHE_HOME on linux', () => {
    expect(cacheDir('pricewatch', { XDG_CACHE_HOME: '/home/u/.cache' }, 'linux')).toBe('/home/u/.cache/pricewatch');
  });
});
