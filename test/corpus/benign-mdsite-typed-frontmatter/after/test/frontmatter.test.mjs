import test from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontmatter } from '../src/frontmatter.mjs';

const doc = (body) => `---\n${body}\n---\n# Page`;

test('coerces booleans and numbers', () => {
  const { data } = parseFrontmatter(doc('draft: true\norder: 3\nratio: 0.5'));
  assert.deepEqual(data, { draft: true, order: 3, ratio: 0.5 });
});

test('keeps quoted values as strings', () => {
  const { data } = parseFrontmatter(doc('version: "1.0"\nflag: \'false\''));
  assert.deepEqual(data, { version: '1.0', flag: 'false' });
});

test('parses inline lists', () => {
  const { data } = parseFrontmatter(doc('tags: [guide, "getting started", 2]\nempty: []'));
  assert.deepEqual(data, { tags: ['guide', 'getting started', 2], empty: [] });
});

test('returns the body after the fence', () => {
  assert.equal(parseFrontmatter(doc('a: 1')).content, '# Page');
});
