import { build } from 'esbuild';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadEnv } from './lib/env.mjs';

const root = new URL('..', import.meta.url).pathname;
const outdir = join(root, 'dist');

const env = await loadEnv(root);
await mkdir(outdir, { recursive: true });

const result = await build({
  entryPoints: [join(root, 'src/index.js')],
  bundle: true,
  minify: true,
  metafile: true,
  outdir,
  define: Object.fromEntries(
    Object.entries(env).map(([k, v]) => [`process.env.${k}`, JSON.stringify(v)])
  ),
});

const html = await readFile(join(root, 'src/index.html'), 'utf8');
await writeFile(join(outdir, 'index.html'), html);
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`built ${Object.keys(result.metafile.outputs).length} files, ${bytes} bytes`);
