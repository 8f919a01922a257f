import { marked } from 'marked';
import matter from 'gray-matter';

export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

export function renderPage(source, { layout }) {
  const { data, content } = matter(source);
  const body = marked.parse(content);
  return {
    data,
    html: layout.replace('{{title}}', escapeHtml(data.title ?? 'Untitled')).replace('{{body}}', body),
  };
}
