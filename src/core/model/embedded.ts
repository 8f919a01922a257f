/**
 * Scripts embedded in markup: the `<script>` blocks of HTML pages, Vue single-file components,
 * Svelte and Astro components. The page is turned into a JS/TS source of the same length in
 * which everything outside the script blocks is blanked (newlines kept), so every offset, line
 * and column of the scripts is the page's own and flags land where the reviewer reads them.
 * Blocks that are data rather than code (`type="application/json"`, templates) are left out.
 */
import type { LanguageInfo } from './language';

/** Extensions of markup files whose `<script>` blocks hold JavaScript or TypeScript. */
export const MARKUP_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.vue', '.svelte', '.astro']);

export interface EmbeddedScripts {
  /** The page with everything but script content replaced by spaces (line breaks kept). */
  code: string;
  language: LanguageInfo;
  /** How many blocks were found. */
  blocks: number;
}

/** Script `type`s that browsers (or bundlers) run as JavaScript. */
const RUNNABLE_TYPE =
  /^(|module|text\/javascript|application\/javascript|application\/x-javascript|text\/ecmascript|application\/ecmascript|text\/babel|text\/jsx|text\/typescript|ts|tsx|jsx)$/i;

const OPEN = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const CLOSE = /<\/script\s*>/gi;

/** The `<script>` blocks of a markup file as one source, or undefined when it has none that run. */
export function embeddedScripts(text: string): EmbeddedScripts | undefined {
  const keep: [number, number][] = [];
  let ts = false;
  let jsx = false;
  OPEN.lastIndex = 0;
  for (let open = OPEN.exec(text); open; open = OPEN.exec(text)) {
    const attrs = open[1];
    const start = open.index + open[0].length;
    CLOSE.lastIndex = start;
    const close = CLOSE.exec(text);
    const end = close ? close.index : text.length;
    OPEN.lastIndex = close ? close.index + close[0].length : text.length;
    if (/\/\s*$/.test(attrs) || /\bsrc\s*=/i.test(attrs)) {
      // `<script src="...">` runs another file (the text rules see the URL); a self-closed tag has no body.
      continue;
    }
    const type = attribute(attrs, 'type') ?? '';
    const lang = attribute(attrs, 'lang') ?? '';
    if (!RUNNABLE_TYPE.test(type.trim()) || (lang !== '' && !/^(js|javascript|ts|typescript|jsx|tsx)$/i.test(lang.trim()))) {
      continue;
    }
    if (/^(ts|typescript|tsx)$/i.test(lang.trim()) || /typescript|^tsx?$/i.test(type.trim())) {
      ts = true;
    }
    if (/^(jsx|tsx)$/i.test(lang.trim()) || /jsx|babel|^tsx$/i.test(type.trim())) {
      jsx = true;
    }
    keep.push([start, end]);
  }
  if (keep.length === 0) {
    return undefined;
  }
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of keep) {
    parts.push(blank(text.slice(at, start)));
    // A block ends its last statement: `;` in the first blanked position after it (if any).
    parts.push(text.slice(start, end));
    at = end;
  }
  parts.push(blank(text.slice(at)));
  let code = parts.join('');
  // Blocks are separate programs to the browser: end each one so they do not run together.
  for (const [, end] of keep) {
    if (end < code.length && code[end] === ' ') {
      code = `${code.slice(0, end)};${code.slice(end + 1)}`;
    }
  }
  return { code, language: { language: ts ? 'ts' : 'js', jsx }, blocks: keep.length };
}

function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  if (match) {
    return match[1] ?? match[2] ?? match[3];
  }
  return new RegExp(`(?:^|\\s)${name}(?:\\s|$)`, 'i').test(attrs) ? '' : undefined;
}

/** Every character but line breaks replaced by a space: offsets, lines and columns are kept. */
function blank(s: string): string {
  return s.replace(/[^\r\n\u2028\u2029]/g, ' ');
}
