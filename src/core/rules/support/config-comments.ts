/**
 * Comments of a source file, found without executing anything: JS/TS through the parser's tree, other
 * languages through a small single-pass lexer that knows strings and the language's comment
 * markers. Linear in the file's length whatever the input.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { pushChildren } from '../../js/children';
import type { Node } from '../../js/scope';
import { extensionOf, languageOf } from '../../model/language';

export interface SourceComment {
  /** 0-based offset of the comment's value (after `//`, `/*`, `#` or `<!--`). */
  start: number;
  /** The comment's text without its delimiters. */
  value: string;
  /** `/* ... *\/` or `<!-- ... -->` rather than a line comment. */
  block: boolean;
}

/** Which family of directives a file's comments can hold. */
export type CommentFamily = 'js' | 'python' | 'slash' | 'hash';

interface LexOptions {
  slash: boolean;
  hash: boolean;
  html: boolean;
  triple: boolean;
  template: boolean;
}

const SLASH_EXTENSIONS = new Set(
  '.c .h .cc .cpp .cxx .hpp .java .go .rs .cs .kt .kts .swift .scala .php .dart .css .scss .less .groovy .m .mm'.split(' '),
);
const HASH_EXTENSIONS = new Set('.sh .bash .zsh .rb .yml .yaml .toml .ini .cfg .pl .r .ps1 .tf .mk .cmake'.split(' '));
const HTML_EXTENSIONS = new Set(['.vue', '.svelte', '.html', '.htm', '.astro']);
const PYTHON_EXTENSIONS = new Set(['.py', '.pyi', '.pyw']);
const HASH_NAMES = /(^|\/)(Dockerfile|Containerfile|Makefile|Gemfile|Rakefile|Jenkinsfile)$/;

/** The directive family of a path, or undefined for prose and data files (docs, JSON) that hold no directives. */
export function commentFamily(path: string): CommentFamily | undefined {
  const ext = extensionOf(path);
  if (languageOf(path) || HTML_EXTENSIONS.has(ext)) {
    return 'js';
  }
  if (PYTHON_EXTENSIONS.has(ext)) {
    return 'python';
  }
  if (SLASH_EXTENSIONS.has(ext)) {
    return 'slash';
  }
  if (HASH_EXTENSIONS.has(ext) || HASH_NAMES.test(path)) {
    return 'hash';
  }
  return undefined;
}

/**
 * Every comment of a file of the given family, as the lexer sees it. For JS/TS the lexer does not
 * know regular expression literals: use `parsedComments` to confirm what it found.
 */
export function commentsOf(path: string, text: string, family: CommentFamily): SourceComment[] {
  const ext = extensionOf(path);
  return lexComments(text, {
    slash: family === 'js' || family === 'slash',
    hash: family === 'python' || family === 'hash' || ext === '.php',
    html: HTML_EXTENSIONS.has(ext),
    triple: family === 'python',
    template: family === 'js',
  });
}

/**
 * The comments of a parsed JS/TS file, exactly: outside the parser's string, template, regular
 * expression and JSX text literals, `//` and `/*` can only open a comment. Cheaper than asking the
 * parser to collect comments (a second parse).
 */
export function programComments(text: string, program: TSESTree.Program): SourceComment[] {
  const literals: [number, number][] = [];
  const stack: Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.type === 'Literal' || node.type === 'TemplateElement' || node.type === 'JSXText') {
      literals.push(node.range);
    } else {
      pushChildren(stack, node);
    }
  }
  literals.sort((a, b) => a[0] - b[0]);
  const out: SourceComment[] = [];
  // A hashbang line is not a comment.
  let i = text.startsWith('#!') ? lineEnd(text, 0) : 0;
  let next = 0;
  while (i < text.length) {
    while (next < literals.length && literals[next][1] <= i) {
      next++;
    }
    if (next < literals.length && literals[next][0] <= i) {
      i = literals[next][1];
      continue;
    }
    const slash = text.indexOf('/', i);
    const limit = next < literals.length ? literals[next][0] : text.length;
    if (slash < 0) {
      break;
    }
    if (slash >= limit) {
      i = limit;
      continue;
    }
    const after = text.charCodeAt(slash + 1);
    if (after === 47 /* / */) {
      const end = lineEnd(text, slash + 2);
      out.push({ start: slash + 2, value: text.slice(slash + 2, end), block: false });
      i = end;
    } else if (after === 42 /* * */) {
      const end = closeAt(text, slash + 2, '*/');
      out.push({ start: slash + 2, value: text.slice(slash + 2, end), block: true });
      i = end + 2;
    } else {
      i = slash + 1;
    }
  }
  return out;
}

/** Index just past the end of `text` from `from` up to (not including) the next line break. */
function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) {
    i++;
  }
  return i;
}

function closeAt(text: string, from: number, marker: string): number {
  const at = text.indexOf(marker, from);
  return at < 0 ? text.length : at;
}

/** The end of a quoted string starting at `i` (index after its closing quote). */
function skipString(text: string, i: number, options: LexOptions): number {
  const quote = text[i];
  if (options.triple && text.startsWith(quote.repeat(3), i)) {
    const close = text.indexOf(quote.repeat(3), i + 3);
    return close < 0 ? text.length : close + 3;
  }
  const multiline = quote === '`';
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') {
      j += 2;
      continue;
    }
    if (c === quote) {
      return j + 1;
    }
    if (!multiline && (c === '\n' || c === '\r')) {
      return j;
    }
    j++;
  }
  return j;
}

export function lexComments(text: string, options: LexOptions): SourceComment[] {
  const out: SourceComment[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (options.slash && c === '/' && text[i + 1] === '/') {
      const end = lineEnd(text, i + 2);
      out.push({ start: i + 2, value: text.slice(i + 2, end), block: false });
      i = end;
    } else if (options.slash && c === '/' && text[i + 1] === '*') {
      const end = closeAt(text, i + 2, '*/');
      out.push({ start: i + 2, value: text.slice(i + 2, end), block: true });
      i = end + 2;
    } else if (options.html && c === '<' && text.startsWith('<!--', i)) {
      const end = closeAt(text, i + 4, '-->');
      out.push({ start: i + 4, value: text.slice(i + 4, end), block: true });
      i = end + 3;
    } else if (options.hash && c === '#') {
      const end = lineEnd(text, i + 1);
      out.push({ start: i + 1, value: text.slice(i + 1, end), block: false });
      i = end;
    } else if (c === '"' || c === "'" || (options.template && c === '`')) {
      i = skipString(text, i, options);
    } else {
      i++;
    }
  }
  return out;
}
