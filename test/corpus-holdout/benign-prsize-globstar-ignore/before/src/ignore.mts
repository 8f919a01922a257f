const cache = new Map<string, RegExp>();

function escapeRegex(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let source = '';
  for (const ch of glob) {
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += escapeRegex(ch);
  }
  const re = new RegExp(`^${source}$`);
  cache.set(glob, re);
  return re;
}

export function isIgnored(filename: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => {
    if (p.endsWith('/')) return filename.startsWith(p);
    return globToRegExp(p).test(filename);
  });
}
