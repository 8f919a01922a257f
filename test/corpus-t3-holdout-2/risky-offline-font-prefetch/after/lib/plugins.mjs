import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadPlugins(root, names = []) {
  const plugins = [];
  for (const name of names) {
    const specifier = name.startsWith('.') ? pathToFileURL(path.resolve(root, name)).href : name;
    const mod = await import(specifier);
    plugins.push(mod.default ?? mod);
  }
  return plugins;
}

export async function applyPlugins(plugins, hook, value) {
  let current = value;
  for (const plugin of plugins) {
    if (typeof plugin[hook] === 'function') current = (await plugin[hook](current)) ?? current;
  }
  return current;
}
