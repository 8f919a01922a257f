import { defineTextRule, type TextRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { isCodeFile, isProseFile } from '../support/obfuscation-files';
import {
  codePointAt,
  codePointBefore,
  cpLength,
  decodeTags,
  decodeVariationSelectors,
  describeRun,
  invisibleKind,
  isAsciiWordChar,
  isEmojiLike,
  isFlagTagSequence,
  isNonAsciiLetter,
  isRtl,
  mayBeInvisible,
  preview,
  printableShare,
  type InvisibleKind,
} from '../support/unicode-chars';

/** A run this long of zero-width characters is a binary message, not typography. */
const STEGO_RUN = 8;
/** The engine keeps at most 50 findings of a rule per file: stop looking after that. */
const MAX_FINDINGS = 50;
const PRIVATE_USE = /^\p{Co}$/u;

interface Run {
  start: number;
  end: number;
  kinds: Set<InvisibleKind>;
  /** The first characters of the run (at most 256). */
  cps: number[];
  /** How many characters the run has. */
  count: number;
  prev: number;
  next: number;
}

function readRun(text: string, start: number): Run {
  const seen = new Map<InvisibleKind, true>();
  const cps: number[] = [];
  let j = start;
  let count = 0;
  let last: InvisibleKind | undefined;
  while (j < text.length) {
    const cp = codePointAt(text, j);
    const kind = invisibleKind(cp);
    if (kind === undefined) {
      break;
    }
    if (kind !== last) {
      seen.set(kind, true);
      last = kind;
    }
    if (cps.length < 256) {
      cps.push(cp);
    }
    count++;
    j += cpLength(cp);
  }
  return {
    start,
    end: j,
    kinds: new Set(seen.keys()),
    cps,
    count,
    prev: codePointBefore(text, start),
    next: j < text.length ? codePointAt(text, j) : -1,
  };
}

/** ZWJ sequences and presentation selectors of emoji: `👩‍💻`, `❤️`, `🏳️‍🌈`. */
function isEmojiSequence(run: Run): boolean {
  if (run.count > 4 || !run.cps.every((cp) => cp === 0x200d || cp === 0xfe0f || cp === 0xfe0e)) {
    return false;
  }
  const endsWithJoiner = run.cps[run.cps.length - 1] === 0x200d;
  const prevOk = isEmojiLike(run.prev) || (run.cps[0] !== 0x200d && run.prev > 0x20);
  return prevOk && (!run.cps.includes(0x200d) || (isEmojiLike(run.prev) && (!endsWithJoiner || isEmojiLike(run.next))));
}

/** Joiners and ZWSP between letters of scripts that use them (Persian, Indic, Thai, Khmer). */
function isScriptJoiner(run: Run): boolean {
  return (
    run.count <= 2 &&
    run.cps.every((cp) => cp === 0x200b || cp === 0x200c || cp === 0x200d) &&
    isNonAsciiLetter(run.prev) &&
    isNonAsciiLetter(run.next)
  );
}

/** Between two ASCII word characters: `is\u200bAdmin`, the shape of an impostor name or key. */
function inWord(run: Run): boolean {
  return isAsciiWordChar(run.prev) && isAsciiWordChar(run.next);
}

type FileKind = 'source' | 'config' | 'prose';

/** Zero-width characters: worst inside an ASCII word in source; next to non-ASCII text they are usually typography. */
function zeroWidthSeverity(run: Run, kind: FileKind): Severity | undefined {
  if (inWord(run)) {
    return kind === 'source' ? 'high' : kind === 'config' ? 'medium' : 'low';
  }
  if (kind === 'prose') {
    return undefined;
  }
  const nearText = run.prev > 0x7f || run.next > 0x7f;
  return kind === 'source' && !nearText ? 'medium' : 'low';
}

export default defineTextRule({
  meta: {
    id: 'text/invisible-unicode',
    category: 'obfuscation',
    severity: 'high',
    summary:
      'Invisible characters: Trojan Source direction overrides, zero-width characters and Hangul fillers inside code, and Unicode tag characters or variation selectors that smuggle hidden text.',
    why:
      'What a reviewer sees is not always what the file says. A right-to-left override makes a comment display as code and code ' +
      'as a comment; a zero-width character makes `isAdmin` and `is\u200bAdmin` different names; tag characters carry a whole ' +
      'message nobody can see, often instructions aimed at the AI agent or reviewer reading the file. None of it has a place in ' +
      'hand-written code.',
    incorrect: [
      { filename: 'src/access.js', code: 'if (role === "user\u202e \u2066// admin\u2069 \u2066") { grant(); }' },
      { filename: 'src/auth.ts', code: 'const is\u200dAdmin = true;' },
      { filename: 'src/x.js', code: 'const \u3164 = require("child_process");' },
      { filename: 'README.md', code: 'Setup notes\udb40\udc69\udb40\udc67\udb40\udc6e\udb40\udc6f\udb40\udc72\udb40\udc65 here.' },
    ],
    correct: [
      { filename: 'README.md', code: 'Team: 👩‍💻 and ❤️ and 🏳️‍🌈' },
      { filename: 'src/i18n.ts', code: "const fa = 'می‌خواهم';" },
      { filename: 'docs/guide.md', code: 'Hyphen\u00adation in prose is typography.' },
      { filename: 'src/label.ts', code: "const flag = '🏴\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f';" },
    ],
    messages: {
      bidi: 'Invisible text-direction control ({{chars}}): it reorders how this line is displayed, so what a reviewer reads is not what runs (Trojan Source).',
      mark: 'Invisible direction mark ({{chars}}) in code, next to no right-to-left text: it changes how the line displays without being seen.',
      tag: 'Invisible Unicode tag characters hide the text "{{hidden}}" ({{count}} characters): nobody reading the file can see it, but a model reading it does.',
      variation:
        'A run of {{count}} variation selectors after one visible character smuggles hidden bytes ("{{hidden}}"): emoji byte smuggling.',
      stego: 'A run of {{count}} invisible characters ({{chars}}): long enough to encode a hidden message in zero-width characters.',
      zeroWidth: 'Invisible character ({{chars}}) {{where}}: two names or strings that look identical are not.',
      filler:
        'Hangul filler ({{chars}}): an invisible character that JavaScript accepts as a letter, so it can name a variable or parameter nobody can see.',
      softHyphen: 'Invisible soft hyphen {{where}}: the text looks like a plain word but does not compare equal to it.',
      privateUse:
        'Private-use character {{chars}} inside a word: it displays as nothing, a box or a custom glyph and hides what the text really is.',
      fileName:
        'The file name contains invisible characters ({{chars}}): it does not read as it is spelled (a right-to-left override shows `invoice\u202efdp.js` as a PDF).',
    },
  },
  check(outer) {
    let reports = 0;
    const ctx: TextRuleContext = {
      ...outer,
      path: outer.path,
      text: outer.text,
      lines: outer.lines,
      report(descriptor) {
        reports++;
        outer.report(descriptor);
      },
    };
    checkFileName(ctx);
    const sourceCode = isCodeFile(ctx.path);
    const kind: FileKind = isProseFile(ctx.path) ? 'prose' : sourceCode ? 'source' : 'config';
    const text = ctx.text;
    for (let i = 0; i < text.length && reports < MAX_FINDINGS;) {
      const c = text.charCodeAt(i);
      if (!mayBeInvisible(c) && !(sourceCode && ((c >= 0xe000 && c <= 0xf8ff) || (c >= 0xdb80 && c <= 0xdbff)))) {
        i++;
        continue;
      }
      const cp = codePointAt(text, i);
      if (invisibleKind(cp) === undefined) {
        if (sourceCode && cp > 0x7f) {
          checkPrivateUse(ctx, i, cp);
        }
        i += cpLength(cp);
        continue;
      }
      const run = readRun(text, i);
      checkRun(ctx, run, kind);
      i = run.end;
    }
  },
});

/** A bidi control, tag or zero-width character in the file's own name: flagged at its first line. */
function checkFileName(ctx: TextRuleContext): void {
  const path = ctx.path;
  for (let i = 0; i < path.length;) {
    const cp = codePointAt(path, i);
    if (cp > 0x7f && invisibleKind(cp) !== undefined) {
      const run = readRun(path, i);
      const end = ctx.text.length > 0 ? Math.max(1, ctx.lines.lineStart(2) - 1) : 0;
      ctx.report({
        start: 0,
        end: Math.min(end, ctx.text.length),
        messageId: 'fileName',
        severity: 'high',
        data: { chars: describeRun(path, run.start, run.end) },
      });
      return;
    }
    i += cpLength(cp);
  }
}

function checkPrivateUse(ctx: TextRuleContext, i: number, cp: number): void {
  const next = i + cpLength(cp) < ctx.text.length ? codePointAt(ctx.text, i + cpLength(cp)) : -1;
  if (isAsciiWordChar(codePointBefore(ctx.text, i)) && isAsciiWordChar(next) && PRIVATE_USE.test(String.fromCodePoint(cp))) {
    ctx.report({
      start: i,
      end: i + cpLength(cp),
      messageId: 'privateUse',
      data: { chars: describeRun(ctx.text, i, i + cpLength(cp)) },
      severity: 'medium',
    });
  }
}

function checkRun(ctx: TextRuleContext, run: Run, kind: FileKind): void {
  const code = kind !== 'prose';
  const { text } = ctx;
  const report = (messageId: string, severity: Severity, data: Record<string, string | number> = {}): void =>
    ctx.report({ start: run.start, end: run.end, messageId, severity, data: { chars: describeRun(text, run.start, run.end), ...data } });
  const count = run.count;
  if (run.kinds.has('tag')) {
    if (!isFlagTagSequence(text, run.start, run.end)) {
      const hidden = decodeTags(text, run.start, run.end);
      report('tag', 'high', { hidden: preview(hidden), count: count > hidden.length ? count : hidden.length });
    }
    return;
  }
  if (run.kinds.has('bidi')) {
    const rtlProse = !code && (isRtl(run.prev) || isRtl(run.next));
    report('bidi', code ? 'high' : rtlProse ? 'low' : 'medium');
    return;
  }
  if (run.start === 0 && count === 1 && run.cps[0] === 0xfeff) {
    return;
  }
  if (isEmojiSequence(run) || isScriptJoiner(run)) {
    return;
  }
  if (run.kinds.size === 1 && run.kinds.has('variation')) {
    if (count >= 2) {
      const hidden = decodeVariationSelectors(text, run.start, run.end);
      report('variation', printableShare(hidden) >= 0.8 ? 'high' : 'medium', { count, hidden: preview(hidden) });
    }
    return;
  }
  if (count >= STEGO_RUN) {
    report('stego', 'high', { count });
    return;
  }
  if (run.kinds.has('filler')) {
    report('filler', code ? 'high' : 'medium');
    return;
  }
  if (run.kinds.has('zero-width') || run.kinds.has('variation')) {
    const severity = zeroWidthSeverity(run, kind);
    if (severity) {
      report('zeroWidth', severity, { where: inWord(run) ? 'inside a word' : 'in code' });
    }
    return;
  }
  if (run.kinds.has('soft-hyphen')) {
    if (code) {
      report('softHyphen', kind === 'source' ? 'medium' : 'low', { where: inWord(run) ? 'inside a word' : 'in code' });
    }
    return;
  }
  // Direction marks alone: normal around right-to-left text and in prose.
  if (code && !isRtl(run.prev) && !isRtl(run.next)) {
    report('mark', 'medium');
  }
}
