'use strict';
const fs = require('node:fs');

const LINUX = ['/usr/bin/google-chrome', '/usr/bin/chromium'];
const MAC = ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

function candidates(env = process.env) {
  return [env.CHROME_PATH, ...LINUX, ...MAC].filter(Boolean);
}

function findChrome(env = process.env) {
  const list = candidates(env);
  const found = list.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(`Chrome not found (tried ${list.length} locations); set CHROME_PATH`);
  }
  return found;
}

module.exports = { candidates, findChrome };
