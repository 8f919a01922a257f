'use strict';
const fs = require('fs');
const path = require('path');

const DEFAULTS = { levels: ['info', 'warn', 'error'], color: true, cacheDir: '.logtail-cache' };

function loadConfig(file) {
  const p = path.resolve(process.cwd(), file);
  if (!fs.existsSync(p)) return { ...DEFAULTS };
  const raw = JSON.parse(fs.readFileSync(p, 'utf8'));
  return { ...DEFAULTS, ...raw };
}

module.exports = { loadConfig, DEFAULTS };
