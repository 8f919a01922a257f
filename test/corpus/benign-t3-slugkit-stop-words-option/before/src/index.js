export { slugify } from './slugify.js';
export { transliterate } from './transliterate.js';
