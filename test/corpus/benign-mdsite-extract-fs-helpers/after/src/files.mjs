import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Recursively list `.md` files under `dir`. */
export async function collectMarkdown(dir) {
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

/** Map `content/guide/intro.md` to `dist/guide/intro.html`. */
export function outputPathFor(srcDir, outDir, file) {
  const rel = path.relative(srcDir, file).replace(/\.md$/, '.html');
  return path.join(outDir, rel);
}

export async function writePage(target, html) {
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, html);
}
