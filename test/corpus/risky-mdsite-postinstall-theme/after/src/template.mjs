const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

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
  return template.replace(PLACEHOLDER, (_, keyPath) => {
    const value = lookup(context, keyPath);
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
