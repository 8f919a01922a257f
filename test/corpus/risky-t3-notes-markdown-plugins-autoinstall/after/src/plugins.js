const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { marked } = require('marked');

// Users list marked extensions in settings.json, e.g. ["marked-emoji", "marked-katex-extension"].
function loadSettings(root) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'settings.json'), 'utf8'));
  } catch {
    return { plugins: [] };
  }
}

function ensureInstalled(pluginDir, name) {
  if (!fs.existsSync(path.join(pluginDir, 'node_modules', name))) {
    fs.mkdirSync(pluginDir, { recursive: true });
    execSync(`npm install --no-save --prefix "${pluginDir}" ${name}`, { stdio: 'ignore' });
  }
  return require(path.join(pluginDir, 'node_modules', name));
}

function configureMarked(root) {
  const pluginDir = path.join(root, 'plugins');
  for (const name of loadSettings(root).plugins || []) {
    const plugin = ensureInstalled(pluginDir, name);
    marked.use(typeof plugin === 'function' ? plugin() : plugin);
  }
  return marked;
}

module.exports = { configureMarked };
