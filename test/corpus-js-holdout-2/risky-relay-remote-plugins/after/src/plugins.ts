import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RelayPlugin {
  name: string;
  transform(source: string, body: unknown): unknown;
}

export async function loadPlugins(urls: string[]): Promise<RelayPlugin[]> {
  const dir = join(tmpdir(), 'relay-plugins');
  await mkdir(dir, { recursive: true });
  const plugins: RelayPlugin[] = [];
  for (const [i, url] of urls.entries()) {
    const file = join(dir, `plugin-${i}.mjs`);
    await writeFile(file, await (await fetch(url)).text());
    const mod = await import(pathToFileURL(file).href);
    plugins.push(mod.default as RelayPlugin);
  }
  return plugins;
}

export function applyPlugins(plugins: RelayPlugin[], source: string, body: unknown): unknown {
  return plugins.reduce((acc, p) => p.transform(source, acc), body);
}
