/**
 * Invisible and direction-changing characters, shared by text/invisible-unicode and
 * text/prompt-injection: classification by code point, hidden-text decoders (Unicode tag
 * characters, variation-selector byte smuggling) and display helpers. Everything here is a
 * single pass over char codes: no regular expressions on whole texts.
 */

export type InvisibleKind =
  /** Embeddings, overrides and isolates: U+202A–U+202E, U+2066–U+2069 (Trojan Source). */
  | 'bidi'
  /** Direction marks: U+200E, U+200F, U+061C. */
  | 'mark'
  /** Unicode tag characters U+E0000–U+E007F: invisible ASCII. */
  | 'tag'
  /** Zero-width spaces, joiners and invisible operators, a BOM inside the text, U+180E. */
  | 'zero-width'
  /** Hangul fillers: invisible, yet letters (valid in identifiers). */
  | 'filler'
  | 'soft-hyphen'
  /** Variation selectors U+FE00–U+FE0F, U+E0100–U+E01EF. */
  | 'variation';

const KINDS: InvisibleKind[] = ['bidi', 'mark', 'tag', 'zero-width', 'filler', 'soft-hyphen', 'variation'];

/** Kind index + 1 of every BMP code point (0: visible), built once: the scan is one table lookup per character. */
const BMP = new Uint8Array(0x10000);
function mark(kind: InvisibleKind, ...ranges: [number, number][]): void {
  for (const [a, b] of ranges) {
    BMP.fill(KINDS.indexOf(kind) + 1, a, b + 1);
  }
}
mark('soft-hyphen', [0xad, 0xad]);
mark('mark', [0x61c, 0x61c], [0x200e, 0x200f]);
mark('bidi', [0x202a, 0x202e], [0x2066, 0x2069]);
mark('zero-width', [0x200b, 0x200d], [0x2060, 0x2064], [0xfeff, 0xfeff], [0x180e, 0x180e]);
mark('filler', [0x3164, 0x3164], [0x115f, 0x1160], [0xffa0, 0xffa0]);
mark('variation', [0xfe00, 0xfe0f]);

export function invisibleKind(cp: number): InvisibleKind | undefined {
  if (cp < 0x10000) {
    const k = BMP[cp];
    return k === 0 ? undefined : KINDS[k - 1];
  }
  if (cp >= 0xe0100 && cp <= 0xe01ef) {
    return 'variation';
  }
  if (cp >= 0xe0000 && cp <= 0xe007f) {
    return 'tag';
  }
  return undefined;
}

/** Whether the UTF-16 unit at a position can start an invisible character (a cheap pre-check). */
export function mayBeInvisible(unit: number): boolean {
  return unit === 0xdb40 || BMP[unit] !== 0;
}

/** The code point at `i` (a lone surrogate is itself). */
export function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

/** The code point that ends just before `i`, or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) {
    return -1;
  }
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) {
      return ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
    }
  }
  return low;
}

export function cpLength(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** Pictographs, symbols and regional indicators that take emoji presentation selectors and joiners. */
export function isEmojiLike(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2300 && cp <= 0x23ff) ||
    (cp >= 0x2b00 && cp <= 0x2bff) ||
    (cp >= 0x2190 && cp <= 0x21ff) ||
    (cp >= 0x25a0 && cp <= 0x25ff) ||
    (cp >= 0x2100 && cp <= 0x214f) ||
    cp === 0x3030 ||
    cp === 0x303d ||
    cp === 0x3297 ||
    cp === 0x3299 ||
    cp === 0xa9 ||
    cp === 0xae ||
    cp === 0x203c ||
    cp === 0x2049 ||
    cp === 0x20e3
  );
}

/** Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms: text where direction marks are normal. */
export function isRtl(cp: number): boolean {
  return (cp >= 0x590 && cp <= 0x8ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc);
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** A letter or combining mark outside ASCII (Persian, Indic, Thai text around joiners and ZWSP). */
export function isNonAsciiLetter(cp: number): boolean {
  return cp > 0x7f && invisibleKind(cp) === undefined && LETTER_OR_MARK.test(String.fromCodePoint(cp));
}

/** ASCII letters, digits, `_` and `$`. */
export function isAsciiWordChar(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x5f || cp === 0x24;
}

/** The end (exclusive) of the run of invisible characters starting at `start`. */
export function invisibleRunEnd(text: string, start: number): number {
  let j = start;
  while (j < text.length) {
    const cp = codePointAt(text, j);
    if (invisibleKind(cp) === undefined) {
      break;
    }
    j += cpLength(cp);
  }
  return j;
}

/** The ASCII hidden in the tag characters of `text[start, end)` (other characters skipped). */
export function decodeTags(text: string, start: number, end: number, max = 400): string {
  let out = '';
  for (let i = start; i < end && out.length < max;) {
    const cp = codePointAt(text, i);
    if (cp >= 0xe0020 && cp <= 0xe007e) {
      out += String.fromCharCode(cp - 0xe0000);
    }
    i += cpLength(cp);
  }
  return out;
}

/**
 * The bytes smuggled in a run of variation selectors (one byte per selector: U+FE00–U+FE0F are
 * 0–15, U+E0100–U+E01EF are 16–255), read as Latin-1 text.
 */
export function decodeVariationSelectors(text: string, start: number, end: number, max = 400): string {
  let out = '';
  for (let i = start; i < end && out.length < max;) {
    const cp = codePointAt(text, i);
    if (cp >= 0xfe00 && cp <= 0xfe0f) {
      out += String.fromCharCode(cp - 0xfe00);
    } else if (cp >= 0xe0100 && cp <= 0xe01ef) {
      out += String.fromCharCode(cp - 0xe0100 + 16);
    }
    i += cpLength(cp);
  }
  return out;
}

/** Share of printable ASCII (and whitespace) in a string, 0..1. */
export function printableShare(s: string): number {
  if (s.length === 0) {
    return 0;
  }
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13) {
      n++;
    }
  }
  return n / s.length;
}

/** A one-line, bounded rendering of decoded text for a message. */
export function preview(s: string, max = 80): string {
  const flat = s.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

/** Runs of tag characters or of 2+ variation selectors, with the text they hide (emoji flag tags excluded). */
export function hiddenRuns(text: string): { start: number; end: number; hidden: string; how: 'tag' | 'variation' }[] {
  const out: { start: number; end: number; hidden: string; how: 'tag' | 'variation' }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tags and plane-14 selectors start with the high surrogate U+DB40; BMP selectors are U+FE00–U+FE0F.
    if (c !== 0xdb40 && (c < 0xfe00 || c > 0xfe0f)) {
      continue;
    }
    if (out.length >= 50) {
      break;
    }
    const end = invisibleRunEnd(text, i);
    if (end === i) {
      continue;
    }
    const run = hiddenRunAt(text, i, end);
    if (run) {
      out.push(run);
    }
    i = end - 1;
  }
  return out;
}

function hiddenRunAt(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; hidden: string; how: 'tag' | 'variation' } | undefined {
  let tags = 0;
  let selectors = 0;
  for (let i = start; i < end && tags + selectors < 64;) {
    const cp = codePointAt(text, i);
    if (cp >= 0xe0000 && cp <= 0xe007f) {
      tags++;
    } else if (invisibleKind(cp) === 'variation') {
      selectors++;
    }
    i += cpLength(cp);
  }
  if (tags > 0 && !isFlagTagSequence(text, start, end)) {
    return { start, end, hidden: decodeTags(text, start, end), how: 'tag' };
  }
  if (tags === 0 && selectors >= 2) {
    return { start, end, hidden: decodeVariationSelectors(text, start, end), how: 'variation' };
  }
  return undefined;
}

/** 🏴 followed by a short subdivision code in tag letters and the cancel tag: the England, Scotland, Wales flags. */
export function isFlagTagSequence(text: string, start: number, end: number): boolean {
  if (codePointBefore(text, start) !== 0x1f3f4) {
    return false;
  }
  let count = 0;
  let last = 0;
  for (let i = start; i < end;) {
    const cp = codePointAt(text, i);
    const ok = (cp >= 0xe0030 && cp <= 0xe0039) || (cp >= 0xe0061 && cp <= 0xe007a) || cp === 0xe007f;
    if (!ok) {
      return false;
    }
    count++;
    last = cp;
    i += cpLength(cp);
  }
  return last === 0xe007f && count <= 8;
}

const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE`, `U+E0041 TAG`, ... */
export function charName(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[cp] ?? (cp >= 0xe0000 && cp <= 0xe007f ? 'TAG' : invisibleKind(cp) === 'variation' ? 'VARIATION SELECTOR' : '');
  return name ? `${hex} ${name}` : hex;
}

/** The distinct characters of a run, named, at most four. */
export function describeRun(text: string, start: number, end: number): string {
  const seen: number[] = [];
  for (let i = start; i < end && seen.length <= 4;) {
    const cp = codePointAt(text, i);
    if (!seen.includes(cp)) {
      seen.push(cp);
    }
    i += cpLength(cp);
  }
  const names = seen.slice(0, 4).map(charName);
  return seen.length > 4 ? `${names.join(', ')}, ...` : names.join(', ');
}
