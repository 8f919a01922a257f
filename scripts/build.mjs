// Bundles the CLI and the extension with esbuild. Usage: node scripts/build.mjs [--watch]
import { chmod } from 'node:fs/promises';
import * as esbuild from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  sourcemap: 'linked',
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  }),
]);
await chmod('dist/cli.js', 0o755);
