import { createRequire } from 'node:module';
import * as core from '@actions/core';
import type { FileChange, SizeResult } from './size.mjs';

export interface SizePlugin {
  name: string;
  adjust(result: SizeResult, changes: readonly FileChange[]): SizeResult;
}

const loaders: Record<string, (spec: string) => Promise<unknown>> = {
  cjs: async (spec) => createRequire(import.meta.url)(spec),
  esm: (spec) => import(spec),
};

function kindOf(spec: string): 'cjs' | 'esm' {
  return spec.endsWith('.cjs') ? 'cjs' : 'esm';
}

export async function loadPlugins(specs: readonly string[]): Promise<SizePlugin[]> {
  const plugins: SizePlugin[] = [];
  for (const spec of specs) {
    const mod = (await loaders[kindOf(spec)](spec)) as { default?: SizePlugin } & Partial<SizePlugin>;
    const plugin = mod.default ?? (mod as SizePlugin);
    if (typeof plugin.adjust !== 'function') {
      core.warning(`Plugin ${spec} has no adjust() export; skipping`);
      continue;
    }
    plugins.push(plugin);
  }
  return plugins;
}

export function applyPlugins(plugins: readonly SizePlugin[], result: SizeResult, changes: readonly FileChange[]): SizeResult {
  return plugins.reduce((acc, p) => p.adjust(acc, changes), result);
}
