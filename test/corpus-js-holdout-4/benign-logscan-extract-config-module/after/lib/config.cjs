'use strict';

const fs = require('node:fs');
const path = require('node:path');

const DEFAULTS = Object.freeze({ ignore: [], topN: 10 });
const CONFIG_NAMES = ['.logscanrc.json', '.logscanrc'];

function findConfig(cwd) {
  for (const name of CONFIG_NAMES) {
    const file = path.join(cwd, name);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

function readConfig(cwd = process.cwd()) {
  const file = findConfig(cwd);
  if (!file) return { ...DEFAULTS };
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (parsed.topN !== undefined && !Number.isInteger(parsed.topN)) {
    throw new TypeError(`${file}: "topN" must be an integer`);
  }
  return { ...DEFAULTS, ...parsed };
}

module.exports = { readConfig };
