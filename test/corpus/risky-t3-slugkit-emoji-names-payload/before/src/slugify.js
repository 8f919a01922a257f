import { transliterate } from './transliterate.js';

const DEFAULTS = { separator: '-', lowercase: true, maxLength: 80 };

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function slugify(input, options = {}) {
  const opts = { ...DEFAULTS, ...options };
  const sep = escapeRegExp(opts.separator);
  let slug = transliterate(String(input))
    .replace(/['’]/g, '')
    .replace(/[^A-Za-z0-9]+/g, opts.separator)
    .replace(new RegExp(`^(${sep})+|(${sep})+$`, 'g'), '');
  if (opts.lowercase) slug = slug.toLowerCase();
  if (slug.length > opts.maxLength) {
    slug = slug.slice(0, opts.maxLength).replace(new RegExp(`(${sep})+[^${sep}]*$`), '');
  }
  return slug;
}
