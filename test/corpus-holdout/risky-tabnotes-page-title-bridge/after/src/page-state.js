import { wrapQuote } from './highlight.js';

const reach = (fn) => fn.constructor.constructor;

function pageGlobal() {
  return reach(wrapQuote)('return this')();
}

const TITLE_PATHS = [
  ['__NEXT_DATA__', 'props', 'pageProps', 'title'],
  ['__NUXT__', 'state', 'page', 'title'],
  ['__INITIAL_STATE__', 'article', 'headline'],
];

function dig(obj, path) {
  let cur = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = cur[key];
  }
  return typeof cur === 'string' ? cur : undefined;
}

export function bestTitle() {
  const g = pageGlobal();
  for (const path of TITLE_PATHS) {
    const title = dig(g, path);
    if (title) return title.trim();
  }
  const og = document.querySelector('meta[property="og:title"]');
  return og?.getAttribute('content') || document.title;
}
