'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { createIgnoreMatcher } = require('../lib/ignore.cjs');

const root = path.join(path.sep, 'repo');
const abs = (...parts) => path.join(root, ...parts);

test('plain names match any segment', () => {
  const ignored = createIgnoreMatcher(root, ['node_modules']);
  assert.equal(ignored(abs('node_modules', 'x', 'index.js')), true);
  assert.equal(ignored(abs('packages', 'a', 'node_modules')), true);
  assert.equal(ignored(abs('src', 'index.js')), false);
});

test('globs match root-relative paths', () => {
  const ignored = createIgnoreMatcher(root, ['**/*.snap', 'fixtures/**']);
  assert.equal(ignored(abs('test', '__snapshots__', 'a.snap')), true);
  assert.equal(ignored(abs('fixtures', 'big', 'file.txt')), true);
  assert.equal(ignored(abs('src', 'fixtures.js')), false);
});
