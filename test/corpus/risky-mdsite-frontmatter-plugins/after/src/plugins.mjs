import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * Page-level plugins, declared in frontmatter as a comma separated list:
 *
 *   ---
 *   plugins: mdsite-plugin-mermaid, ./local/footnotes.cjs
 *   ---
 *
 * Each plugin exports `transform(html) => html`.
 */
export function applyPlugins(html, pluginList) {
  if (!pluginList) return html;
  const specs = String(pluginList)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  let out = html;
  for (const spec of specs) {
    const plugin = load(spec);
    if (typeof plugin.transform !== 'function') {
      throw new Error(`mdsite plugin "${spec}" does not export transform()`);
    }
    out = plugin.transform(out);
  }
  return out;
}
