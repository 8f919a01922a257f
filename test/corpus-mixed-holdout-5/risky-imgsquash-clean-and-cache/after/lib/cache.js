"use strict";

const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

// Shared between CI jobs and dev-container users so a rebuild doesn't recompress everything.
const CACHE_DIR = process.env.IMGSQUASH_CACHE || path.join(os.tmpdir(), "imgsquash-cache");

function ensureCacheDir() {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.chmodSync(CACHE_DIR, 0o777);
}

function cacheKey(file, opts) {
  const h = crypto.createHash("sha256");
  h.update(fs.readFileSync(file));
  h.update(JSON.stringify([opts.quality, opts.width ?? null, opts.format]));
  return h.digest("hex");
}

function lookup(key) {
  const p = path.join(CACHE_DIR, key);
  return fs.existsSync(p) ? p : null;
}

function store(key, outputPath) {
  fs.copyFileSync(outputPath, path.join(CACHE_DIR, key));
}

module.exports = { CACHE_DIR, ensureCacheDir, cacheKey, lookup, store };
