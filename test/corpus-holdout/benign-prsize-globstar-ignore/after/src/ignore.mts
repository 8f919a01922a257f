const cache = new Map<string, RegExp>();

function escapeRegex(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') {
      source += '[^/]*';
    } else if (ch === '?') {
      source += '[^/]';
    } else {
      source += escapeRegex(ch);
    }
  }
  const re = new RegExp(`^${source}$`);
  cache.set(glob, re);
  return re;
}

function matches(filename: string, pattern: string): boolean {
  if (pattern.endsWith('/')) return filename.startsWith(pattern);
  return globToRegExp(pattern).test(filename);
}

export function isIgnored(filename: string, patterns: readonly string[]): boolean {
  let ignored = false;
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (ignored && matches(filename, p.slice(1))) ignored = false;
    } else if (!ignored && matches(filename, p)) {
      ignored = true;
    }
  }
  return ignored;
}
