const TOKEN = /\{\{\s*(.+?)\s*\}\}/g;

const FILTERS = {
  upper: (v) => String(v).toUpperCase(),
  lower: (v) => String(v).toLowerCase(),
  date: (v) => new Date(v).toISOString().slice(0, 10),
};

const cache = new Map();

function compile(expr) {
  if (!cache.has(expr)) cache.set(expr, new Function('ctx', `with (ctx) { return (${expr}); }`));
  return cache.get(expr);
}

export function renderTemplate(template, ctx) {
  return template.replace(TOKEN, (_m, raw) => {
    const [expr, ...filters] = raw.split('|').map((s) => s.trim());
    let value = compile(expr)(ctx);
    for (const f of filters) value = FILTERS[f] ? FILTERS[f](value) : value;
    return value == null ? '' : String(value);
  });
}
