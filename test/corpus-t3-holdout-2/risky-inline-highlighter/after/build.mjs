import fs from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { renderPage } from './lib/render.mjs';
import { loadPlugins, applyPlugins } from './lib/plugins.mjs';

const root = process.cwd();
const config = JSON.parse(await fs.readFile(path.join(root, 'docsmith.config.json'), 'utf8'));
const layout = await fs.readFile(path.join(root, config.layout ?? 'layout.html'), 'utf8');
const plugins = await loadPlugins(root, config.plugins);
const files = await fg('content/**/*.md', { cwd: root });

await fs.mkdir(path.join(root, 'dist'), { recursive: true });
for (const file of files) {
  const src = await fs.readFile(path.join(root, file), 'utf8');
  const { html } = renderPage(src, { layout });
  const out = path.join(root, 'dist', file.replace(/^content\//, '').replace(/\.md$/, '.html'));
  await fs.mkdir(path.dirname(out), { recursive: true });
  await fs.writeFile(out, await applyPlugins(plugins, 'afterRender', html));
}
console.log(`built ${files.length} pages`);
