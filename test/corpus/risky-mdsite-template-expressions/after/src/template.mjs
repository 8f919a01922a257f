const PLACEHOLDER = /\{\{\s*(.+?)\s*\}\}/g;
const SIMPLE_PATH = /^[\w.]+$/;
const compiled = new Map();

function compileExpression(expr) {
  let fn = compiled.get(expr);
  if (!fn) {
    fn = new Function('ctx', `with (ctx) { return (${expr}); }`);
    compiled.set(expr, fn);
  }
  return fn;
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
 * `context`. Anything that is not a plain key path is evaluated as a small
 * expression against the context, e.g. `{{ tags.join(', ') }}`.
 * Unknown keys render as an empty string.
 */
export function renderTemplate(template, context) {
  return template.replace(PLACEHOLDER, (_, expr) => {
    let value;
    if (SIMPLE_PATH.test(expr)) {
      value = lookup(context, expr);
    } else {
      try {
        value = compileExpression(expr)(context);
      } catch {
        value = undefined;
      }
    }
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
