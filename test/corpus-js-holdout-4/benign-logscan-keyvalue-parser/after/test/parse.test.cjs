'use strict';

const assert = require('node:assert/strict');
const { parseLine } = require('../lib/parse.cjs');

describe('parseLine', () => {
  it('extracts quoted fields', () => {
    const e = parseLine('2024-05-01T10:00:00Z INFO user=alice msg="logged in ok"');
    assert.equal(e.level, 'info');
    assert.deepEqual(e.fields, { user: 'alice', msg: 'logged in ok' });
  });

  it('returns null for malformed lines', () => {
    assert.equal(parseLine('garbage'), null);
  });
});
