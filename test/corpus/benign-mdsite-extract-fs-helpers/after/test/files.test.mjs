import test from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { outputPathFor } from '../src/files.mjs';

test('outputPathFor mirrors the source tree', () => {
  const out = outputPathFor('content', 'dist', path.join('content', 'guide', 'intro.md'));
  assert.equal(out, path.join('dist', 'guide', 'intro.html'));
});

test('outputPathFor only replaces the final .md extension', () => {
  const out = outputPathFor('content', 'dist', path.join('content', 'a.md.md'));
  assert.equal(out, path.join('dist', 'a.md.html'));
});

test('outputPathFor handles files at the root', () => {
  assert.equal(outputPathFor('content', 'out', path.join('content', 'index.md')), path.join('out', 'index.html'));
});
