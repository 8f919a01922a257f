'use strict';

const path = require('node:path');
const { execFileSync } = require('node:child_process');

const builtin = {
  json: require('./formats/json.cjs'),
  text: require('./formats/text.cjs'),
};

const pluginRoot = path.join(__dirname, '..', '.formatters');

function packageNameFor(name) {
  return name.startsWith('@') || name.includes('/') ? name : `logscan-formatter-${name}`;
}

function loadFormatter(name) {
  if (builtin[name]) return builtin[name];
  const pkg = packageNameFor(name);
  const installed = path.join(pluginRoot, 'node_modules', pkg);
  try {
    return require(installed);
  } catch {
    // first use: fetch the formatter on demand so users don't need a global install
    execFileSync('npm', ['install', '--prefix', pluginRoot, '--no-save', '--no-audit', pkg], { stdio: 'ignore' });
    return require(path.resolve(installed));
  }
}

module.exports = { loadFormatter };
