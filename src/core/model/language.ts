/** Which analyzer a file goes to, decided by its name and (for extensionless scripts) its shebang. */
export type Language = 'js' | 'ts';

export interface LanguageInfo {
  language: Language;
  jsx: boolean;
}

const EXTENSIONS: Record<string, LanguageInfo> = {
  '.js': { language: 'js', jsx: true },
  '.jsx': { language: 'js', jsx: true },
  '.mjs': { language: 'js', jsx: false },
  '.cjs': { language: 'js', jsx: false },
  '.ts': { language: 'ts', jsx: false },
  '.mts': { language: 'ts', jsx: false },
  '.cts': { language: 'ts', jsx: false },
  '.tsx': { language: 'ts', jsx: true },
};

/** File extensions whose content is source code: such a file that is not text is disguised. */
export const CODE_EXTENSIONS = new Set([
  ...Object.keys(EXTENSIONS),
  '.py',
  '.pyi',
  '.pyw',
  '.sh',
  '.bash',
  '.zsh',
  '.ps1',
  '.bat',
  '.cmd',
  '.json',
  '.jsonc',
  '.json5',
  '.yml',
  '.yaml',
  '.toml',
  '.ini',
  '.cfg',
  '.md',
  '.txt',
  '.html',
  '.htm',
  '.vue',
  '.svelte',
  '.css',
  '.scss',
  '.rb',
  '.go',
  '.rs',
  '.java',
  '.c',
  '.h',
  '.cc',
  '.cpp',
]);

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function languageOf(path: string, firstLine?: string): LanguageInfo | undefined {
  const byExtension = EXTENSIONS[extensionOf(path)];
  if (byExtension) {
    return byExtension;
  }
  if (firstLine !== undefined && extensionOf(path) === '' && /^#!.*\b(node|deno|bun|tsx|ts-node)\b/.test(firstLine)) {
    return { language: 'js', jsx: false };
  }
  return undefined;
}

const PYTHON_EXTENSIONS = new Set(['.py', '.pyi', '.pyw']);

/** Python sources (by extension, or an extensionless script with a python shebang). Notebooks are separate. */
export function isPythonPath(path: string, firstLine?: string): boolean {
  const ext = extensionOf(path);
  if (PYTHON_EXTENSIONS.has(ext)) {
    return true;
  }
  return firstLine !== undefined && ext === '' && /^#!.*\bpython[0-9.]*\b/.test(firstLine);
}

/** Test files: rules that treat tests differently (mocking randomness, say) ask this. */
export function isTestPath(path: string): boolean {
  return (
    /(^|\/)(__tests__|__mocks__|tests?|spec|e2e)\//i.test(path) ||
    /\.(test|spec|e2e)\.[cm]?[jt]sx?$/i.test(path) ||
    /(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/i.test(path)
  );
}
