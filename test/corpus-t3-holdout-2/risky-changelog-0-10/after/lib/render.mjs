import { marked } from 'marked';
import matter from 'gray-matter';

export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

export function slug(text) {
  return String(text).toLowerCase().trim().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

export function renderPage(source, { layout }) {
  const { data, content } = matter(source);
  const body = marked.parse(content).replace(/<h2>([^<]+)<\/h2>/g, (_, t) => `<h2 id="${slug(t)}">${t}</h2>`);
  return {
    data,
    html: layout.replace('{{title}}', escapeHtml(data.title ?? 'Untitled')).replace('{{body}}', body),
  };
}
