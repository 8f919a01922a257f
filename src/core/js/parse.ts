/**
 * The typescript-estree adapter. No type information and no project loading: nothing from the
 * workspace (tsconfig, plugins) is ever read. A file that does not parse is reported, never
 * skipped.
 */
import { parse, TSError } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { LanguageInfo } from '../model/language';

export type ParseResult = { ok: true; program: TSESTree.Program } | { ok: false; reason: string; line: number; column: number };

export function parseJs(text: string, info: LanguageInfo, options: { comments?: boolean } = {}): ParseResult {
  // The file name only picks TypeScript's script kind; nothing is read from disk.
  const filePath = info.language === 'ts' ? (info.jsx ? 'file.tsx' : 'file.ts') : 'file.js';
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
      return { ok: false, reason: 'nesting too deep for the parser', line: 1, column: 1 };
    }
    throw error;
  }
}
