// Bundles the CLI and the extension with esbuild. Usage: node scripts/build.mjs [--watch]
import { chmod, copyFile, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  sourcemap: 'linked',
  // ESM builds first: some packages' UMD builds (jsonc-parser) load their parts with a dynamic require.
  mainFields: ['module', 'main'],
  // Reading and compiling the bundles is most of a short run's start-up: minified, they are 60% smaller.
  // Names are not kept (no code relies on them); the linked source maps give readable stack traces.
  // No syntax minification: it folds the rule docs' deliberately split token examples back into
  // token-shaped strings, which secret scanners (vsce's among them) rightly refuse to package.
  minifyWhitespace: true,
  minifyIdentifiers: true,
};

// The tree-sitter runtime imports two Node built-ins with import(). The CLI launcher compiles its bundle
// with V8's code cache (vm.Script), where a dynamic import has no loader: the bundle gets them statically.
const staticBuiltins = {
  name: 'airlock-static-builtins',
  setup(build) {
    build.onLoad({ filter: /tree-sitter-wasm[\\/]wasm[\\/]tree-sitter\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const patched = source
        .replaceAll('await import("module")', 'await Promise.resolve(__airlockNodeModule)')
        .replaceAll('await import("fs/promises")', 'await Promise.resolve(__airlockFsPromises)');
      if (patched.includes('import(')) {
        throw new Error(`${args.path} has a dynamic import the build does not know: update the airlock-static-builtins plugin`);
      }
      return {
        contents: `import * as __airlockNodeModule from "node:module";\nimport * as __airlockFsPromises from "node:fs/promises";\n${patched}`,
        loader: 'js',
      };
    });
  },
};

// The extension is two bundles: dist/extension.js, small, what activation loads; and dist/engine.js
// (rules, parsers, reviews, the gate, critiques), which src/extension/lazy.ts requires on first use.
const lazyEngine = {
  name: 'airlock-lazy-engine',
  setup(build) {
    build.onResolve({ filter: /^\.\/engine$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'extension', 'lazy.ts')) ? { path: './engine.js', external: true } : undefined,
    );
  },
};

await Promise.all([
  // The bin is a small launcher (src/cli/launch.ts) that runs dist/cli-main.js with V8's code cache.
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/launch.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli-main.js',
    plugins: [staticBuiltins],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [lazyEngine],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/engine.ts'],
    outfile: 'dist/engine.js',
  }),
  // The analysis worker (src/node/analysis-pool.ts starts it from next to the bundle).
  esbuild.build({
    ...common,
    entryPoints: ['src/node/analysis-worker.ts'],
    outfile: 'dist/analysis-worker.js',
  }),
  // The deep-parse worker (src/node/deep-parse.ts starts it, with a large stack, for deeply nested files).
  esbuild.build({
    ...common,
    entryPoints: ['src/node/parse-worker.ts'],
    outfile: 'dist/parse-worker.js',
  }),
]);
await chmod('dist/cli.js', 0o755);

// The Python grammar and the tree-sitter runtime, as WebAssembly, next to the bundles (loaded by src/node/python.ts).
const wasmDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm');
await mkdir('dist', { recursive: true });
for (const file of ['tree-sitter.wasm', 'tree-sitter-python.wasm']) {
  await copyFile(path.join(wasmDir, file), path.join('dist', file));
}
