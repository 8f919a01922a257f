import fs from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { marked } from 'marked';
import { renderTemplate } from './lib/render.mjs';
import { runTool } from './lib/tools.mjs';

const root = path.dirname(new URL(import.meta.url).pathname);
const config = JSON.parse(await fs.readFile(path.join(root, 'site.config.json'), 'utf8'));
const contentDir = path.join(root, config.contentDir);
const outDir = path.join(root, config.outDir);
const layout = await fs.readFile(path.join(root, 'layouts', 'page.html'), 'utf8');

await fs.mkdir(outDir, { recursive: true });

let pages = 0;
for (const file of await fs.readdir(contentDir)) {
  if (!file.endsWith('.md')) continue;
  const raw = await fs.readFile(path.join(contentDir, file), 'utf8');
  const { data, content } = matter(raw);
  const html = renderTemplate(layout, { site: config, page: data, body: marked.parse(content) });
  await fs.writeFile(path.join(outDir, file.replace(/\.md$/, '.html')), html);
  pages += 1;
}
console.log(`rendered ${pages} pages`);

runTool('tailwindcss', ['-i', 'styles/main.css', '-o', path.join(outDir, 'main.css'), '--minify'], { cwd: root });
