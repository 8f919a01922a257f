import test from 'node:test';
import assert from 'node:assert/strict';
import { renderPage, escapeHtml } from '../lib/render.mjs';

test('escapes titles', () => {
  assert.equal(escapeHtml('<b>'), '&lt;b&gt;');
});

test('renders into the layout', () => {
  const { html } = renderPage('---\ntitle: Hi\n---\n# Hello', { layout: '<t>{{title}}</t>{{body}}' });
  assert.match(html, /<t>Hi<\/t>/);
  assert.match(html, /<h1[^>]*>Hello<\/h1>/);
});
