import { escapeHtml, slugify } from './markdown.mjs';

const HEADING = /^(#{2,3})\s+(.+)$/gm;

/**
 * Collect level-2 and level-3 headings (outside fenced code blocks) from
 * markdown source.
 */
export function collectHeadings(source) {
  const withoutCode = source.replace(/```[\s\S]*?```/g, '');
  const headings = [];
  let match;
  HEADING.lastIndex = 0;
  while ((match = HEADING.exec(withoutCode)) !== null) {
    headings.push({ level: match[1].length, text: match[2].trim(), id: slugify(match[2]) });
  }
  return headings;
}

export function renderToc(headings) {
  if (headings.length === 0) return '';
  const items = headings.map(
    (h) => `<li class="toc__item toc__item--h${h.level}"><a href="#${h.id}">${escapeHtml(h.text)}</a></li>`,
  );
  return `<nav class="toc" aria-label="Table of contents"><ul>${items.join('')}</ul></nav>`;
}
