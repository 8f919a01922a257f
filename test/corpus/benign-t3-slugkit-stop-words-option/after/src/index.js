export { slugify } from './slugify.js';
export { transliterate } from './transliterate.js';
export { ENGLISH_STOP_WORDS } from './stopwords.js';
