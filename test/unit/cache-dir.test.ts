import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeDirsSync, userCacheDir } from '../../src/node/cache-dir';

describe('cache folders', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'airlock-cache-dir-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('userCacheDir: an absolute XDG_CACHE_HOME, else ~/.cache', () => {
    assert.equal(userCacheDir({ XDG_CACHE_HOME: '/x' }, 'v8'), path.join('/x', 'airlock', 'v8'));
    assert.equal(userCacheDir({ XDG_CACHE_HOME: 'relative' }, 'v8'), path.join(os.homedir(), '.cache', 'airlock', 'v8'));
  });

  it('makeDirsSync makes the missing levels, private, and is idempotent', () => {
    const dir = path.join(root, 'a', 'b', 'c');
    makeDirsSync(dir);
    makeDirsSync(dir);
    assert.ok(statSync(dir).isDirectory());
    assert.equal(statSync(dir).mode & 0o777, 0o700 & ~process.umask());
  });

  it('makeDirsSync fails (never hangs) where recursive mkdir would loop: under /proc', () => {
    assert.throws(() => makeDirsSync('/proc/airlock-nonexistent/airlock/v8'));
  });

  it('makeDirsSync refuses a file in the way and an absurd depth', () => {
    writeFileSync(path.join(root, 'file'), '');
    assert.throws(() => makeDirsSync(path.join(root, 'file', 'x')), /ENOTDIR|not a folder/);
    assert.throws(() => makeDirsSync(path.join(root, ...Array.from({ length: 12 }, (_, i) => `d${i}`))), /ENOENT/);
  });
});
