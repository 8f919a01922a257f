const PLACEHOLDER = /\{\{\s*([\w.]+)((?:\s*\|\s*\w+)*)\s*\}\}/g;

export const FILTERS = {
  upper: (v) => String(v).toUpperCase(),
  lower: (v) => String(v).toLowerCase(),
  trim: (v) => String(v).trim(),
  json: (v) => JSON.stringify(v),
  date: (v) => new Date(v).toISOString().slice(0, 10),
  default: (v) => (v == null || v === '' ? '—' : v),
};

function applyFilters(value, filterChain) {
  const names = filterChain
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
  let out = value;
  for (const name of names) {
    if (!Object.hasOwn(FILTERS, name)) {
      throw new Error(`unknown template filter "${name}"`);
    }
    out = FILTERS[name](out);
  }
  return out;
}

function lookup(context, keyPath) {
  let value = context;
  for (const part of keyPath.split('.')) {
    if (value == null) return undefined;
    value = value[part];
  }
  return value;
}

/**
 * Replace `{{ key }}` / `{{ nested.key }}` placeholders with values from
 * `context`. Unknown keys render as an empty string.
 */
export function renderTemplate(template, context) {
  return template.replace(PLACEHOLDER, (_, keyPath, filterChain) => {
    const value = applyFilters(lookup(context, keyPath), filterChain);
    return value == null ? '' : String(value);
  });
}

export function listPlaceholders(template) {
  const names = new Set();
  let match;
  PLACEHOLDER.lastIndex = 0;
  while ((match = PLACEHOLDER.exec(template)) !== null) {
    names.add(match[1]);
  }
  return [...names];
}
