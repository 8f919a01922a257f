'use strict';

const fs = require('node:fs');
const path = require('node:path');

const DEFAULTS = { ignore: [], topN: 10 };

function readConfig(cwd = process.cwd()) {
  const file = path.join(cwd, '.logscanrc.json');
  if (!fs.existsSync(file)) return { ...DEFAULTS };
  return { ...DEFAULTS, ...JSON.parse(fs.readFileSync(file, 'utf8')) };
}

module.exports = { readConfig };
