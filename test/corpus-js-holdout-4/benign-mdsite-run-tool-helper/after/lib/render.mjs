const TOKEN = /\{\{\s*([\w.]+)\s*\}\}/g;

function lookup(ctx, dotted) {
  return dotted.split('.').reduce((obj, key) => (obj == null ? undefined : obj[key]), ctx);
}

export function renderTemplate(template, ctx) {
  return template.replace(TOKEN, (_m, key) => {
    const value = lookup(ctx, key);
    return value == null ? '' : String(value);
  });
}
