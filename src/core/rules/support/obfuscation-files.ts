/** What kind of text a file holds, by its path: prose (docs, translations), code, generated or vendored. */
import { extensionOf } from '../../model/language';

const PROSE = new Set([
  '.md',
  '.markdown',
  '.mdx',
  '.txt',
  '.rst',
  '.adoc',
  '.asciidoc',
  '.org',
  '.textile',
  '.html',
  '.htm',
  '.po',
  '.pot',
  '.xlf',
  '.xliff',
  '.strings',
  '.properties',
  '.ftl',
  '.arb',
  '.csv',
  '.tsv',
  '.svg',
]);

const CODE = new Set([
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  '.ts',
  '.tsx',
  '.mts',
  '.cts',
  '.py',
  '.pyw',
  '.pyi',
  '.sh',
  '.bash',
  '.zsh',
  '.fish',
  '.ps1',
  '.psm1',
  '.bat',
  '.cmd',
  '.rb',
  '.php',
  '.pl',
  '.lua',
  '.go',
  '.rs',
  '.java',
  '.kt',
  '.swift',
  '.c',
  '.h',
  '.cc',
  '.cpp',
  '.hpp',
  '.cs',
  '.vue',
  '.svelte',
]);

const LOCKFILE =
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|poetry\.lock|Pipfile\.lock|composer\.lock|Gemfile\.lock|go\.sum|uv\.lock)$/;
export const GENERATED_DIR = /(^|\/)(node_modules|vendor|third[_-]?party|dist|build|out|coverage|\.next|\.nuxt)\//;
const LOCALE_DIR = /(^|\/)(locales?|i18n|l10n|translations?|lang)\//i;

/** Docs and translations: text meant to be read rendered, where invisible characters are often typography. */
export function isProseFile(path: string): boolean {
  const ext = extensionOf(path);
  return (
    PROSE.has(ext) || (ext === '' && /(^|\/)(README|LICENSE|NOTICE|AUTHORS|CHANGELOG|COPYING)[^/]*$/i.test(path)) || LOCALE_DIR.test(path)
  );
}

/** Source code and scripts (not configs, not docs). */
export function isCodeFile(path: string): boolean {
  return CODE.has(extensionOf(path));
}

/** Lock files, and files under directories of generated or vendored code. */
export function isGeneratedFile(path: string): boolean {
  return LOCKFILE.test(path) || GENERATED_DIR.test(path) || /\.(min|bundle)\.[cm]?js$|\.map$/.test(path);
}

export function isMarkdown(path: string): boolean {
  return ['.md', '.markdown', '.mdx'].includes(extensionOf(path));
}
