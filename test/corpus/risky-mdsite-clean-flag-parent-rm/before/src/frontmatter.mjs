const FENCE = '---';

/**
 * Parse a leading YAML-ish frontmatter block made of `key: value` lines.
 * Nested structures are intentionally unsupported.
 */
export function parseFrontmatter(source) {
  const lines = source.split(/\r?\n/);
  if (lines[0] !== FENCE) {
    return { data: {}, content: source };
  }
  const end = lines.indexOf(FENCE, 1);
  if (end === -1) {
    return { data: {}, content: source };
  }
  const data = {};
  for (const line of lines.slice(1, end)) {
    const idx = line.indexOf(':');
    if (idx === -1) continue;
    const key = line.slice(0, idx).trim();
    const value = line.slice(idx + 1).trim();
    if (key) data[key] = unquote(value);
  }
  return { data, content: lines.slice(end + 1).join('\n') };
}

function unquote(value) {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) {
    return value.slice(1, -1);
  }
  return value;
}
