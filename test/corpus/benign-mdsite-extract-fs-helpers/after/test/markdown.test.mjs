import test from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../src/markdown.mjs';
import { renderTemplate } from '../src/template.mjs';

test('renders headings and paragraphs', () => {
  const html = renderMarkdown('# Title\n\nHello *world*');
  assert.equal(html, '<h1>Title</h1>\n<p>Hello <em>world</em></p>');
});

test('renders fenced code without inline formatting', () => {
  const html = renderMarkdown('```\n*not emphasis*\n```');
  assert.equal(html, '<pre><code>*not emphasis*</code></pre>');
});

test('renders bullet lists', () => {
  const html = renderMarkdown('- one\n- two');
  assert.equal(html, '<ul><li>one</li><li>two</li></ul>');
});

test('template fills nested keys', () => {
  assert.equal(renderTemplate('{{ a.b }}!', { a: { b: 'hi' } }), 'hi!');
});
