/**
 * The typescript-estree adapter. No type information and no project loading: nothing from the
 * workspace (tsconfig, plugins) is ever read. A file that does not parse is reported, never
 * skipped.
 */
import type * as Estree from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { LanguageInfo } from '../model/language';

let estree: typeof Estree | undefined;

/**
 * typescript-estree, loaded on the first JS/TS parse: it brings TypeScript, about 50 MB of heap
 * and a good part of a second of start-up, which a run over Python and text files alone does not
 * need. A dependency of Airlock's own, bundled with it; never a workspace module.
 */
function estreeModule(): typeof Estree {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load; an import statement would load it at start-up
  estree ??= require('@typescript-eslint/typescript-estree') as typeof Estree;
  return estree;
}

export type ParseResult = { ok: true; program: TSESTree.Program } | { ok: false; reason: string; line: number; column: number };

/**
 * A parser for files nested deeper than this thread's stack allows: the Node layer installs one
 * that parses on a thread with a much larger stack (src/node/deep-parse.ts). It returns undefined
 * when it cannot help, and the file is then reported as too deeply nested.
 */
export type DeepParser = (text: string, info: LanguageInfo, options: { comments: boolean }) => ParseResult | undefined;

let deepParser: DeepParser | undefined;

/** Installs (or, with undefined, removes) the parser used when a file is nested too deeply for this thread. */
export function setDeepParser(parser: DeepParser | undefined): void {
  deepParser = parser;
}

export function parseJs(text: string, info: LanguageInfo, options: { comments?: boolean } = {}): ParseResult {
  const result = parseHere(text, info, options);
  if (!result.ok && result.reason === TOO_DEEP && deepParser) {
    return deepParser(text, info, { comments: options.comments ?? false }) ?? result;
  }
  return result;
}

export const TOO_DEEP = 'nesting too deep for the parser';

/** Parses on this thread. */
export function parseHere(text: string, info: LanguageInfo, options: { comments?: boolean } = {}): ParseResult {
  // The file name only picks TypeScript's script kind; nothing is read from disk.
  const filePath = info.language === 'ts' ? (info.jsx ? 'file.tsx' : 'file.ts') : 'file.js';
  const { parse, TSError } = estreeModule();
  try {
    const program = parse(text, {
      filePath,
      jsx: info.jsx,
      range: true,
      loc: false,
      comment: options.comments ?? false,
      tokens: false,
      errorOnUnknownASTType: false,
      suppressDeprecatedPropertyWarnings: true,
      loggerFn: false,
    });
    return { ok: true, program };
  } catch (error) {
    if (error instanceof TSError) {
      return {
        ok: false,
        reason: `syntax error: ${error.message}`,
        line: error.lineNumber,
        column: error.column + 1,
      };
    }
    if (error instanceof RangeError) {
      return { ok: false, reason: TOO_DEEP, line: 1, column: 1 };
    }
    throw error;
  }
}
