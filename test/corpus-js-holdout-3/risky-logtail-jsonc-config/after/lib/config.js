'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const DEFAULTS = { levels: ['info', 'warn', 'error'], color: true, cacheDir: '.logtail-cache' };

// JSONC-ish: tolerate comments and trailing commas
const parseLoose = (src) => vm.runInNewContext(`(${src}\n)`, Object.create(null), { timeout: 50 });

function loadConfig(file) {
  const p = path.resolve(process.cwd(), file);
  if (!fs.existsSync(p)) return { ...DEFAULTS };
  const raw = parseLoose(fs.readFileSync(p, 'utf8'));
  return { ...DEFAULTS, ...raw };
}

module.exports = { loadConfig, DEFAULTS };
