'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('./graph.cjs');

const CACHE_DIR = path.join(ROOT, '.cache', 'build');
const IGNORED = new Set(['node_modules', 'dist', '.turbo', '.cache']);

function listFiles(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (IGNORED.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else out.push(full);
  }
  return out;
}

function hashPackage(pkg, depHashes) {
  const h = crypto.createHash('sha256');
  for (const file of listFiles(pkg.dir).sort()) {
    h.update(path.relative(pkg.dir, file));
    h.update(fs.readFileSync(file));
  }
  for (const dh of depHashes) h.update(dh);
  return h.digest('hex').slice(0, 16);
}

function cacheFile(name) {
  return path.join(CACHE_DIR, name.replace(/[@/]/g, '_') + '.json');
}

function isFresh(name, hash) {
  try {
    return JSON.parse(fs.readFileSync(cacheFile(name), 'utf8')).hash === hash;
  } catch {
    return false;
  }
}

function markBuilt(name, hash, durationMs) {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.writeFileSync(cacheFile(name), JSON.stringify({ hash, durationMs, at: new Date().toISOString() }));
}

module.exports = { hashPackage, isFresh, markBuilt, listFiles, CACHE_DIR };
