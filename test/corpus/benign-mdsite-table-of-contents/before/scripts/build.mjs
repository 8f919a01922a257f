#!/usr/bin/env node
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '../src/frontmatter.mjs';
import { renderMarkdown } from '../src/markdown.mjs';
import { renderTemplate } from '../src/template.mjs';

const LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main>{{ body }}</main></body>
</html>`;

async function collectMarkdown(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await collectMarkdown(full)));
    } else if (entry.name.endsWith('.md')) {
      files.push(full);
    }
  }
  return files;
}

async function build(srcDir, outDir) {
  const files = await collectMarkdown(srcDir);
  let count = 0;
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    const { data, content } = parseFrontmatter(source);
    const html = renderTemplate(LAYOUT, {
      title: data.title ?? path.basename(file, '.md'),
      body: renderMarkdown(content),
    });
    const rel = path.relative(srcDir, file).replace(/\.md$/, '.html');
    const target = path.join(outDir, rel);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, html);
    count++;
  }
  return count;
}

const [srcDir = 'content', outDir = 'dist'] = process.argv.slice(2);
const count = await build(srcDir, outDir);
console.log(`mdsite: built ${count} page(s) into ${outDir}`);
