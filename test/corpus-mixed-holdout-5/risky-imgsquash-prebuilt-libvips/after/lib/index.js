"use strict";

const path = require("node:path");
const fs = require("node:fs/promises");
const fg = require("fast-glob");
const pLimit = require("p-limit");
const { compressOne } = require("./compress");

async function squash(globs, opts) {
  const files = await fg(globs, { onlyFiles: true, unique: true });
  const limit = pLimit(opts.jobs ?? 4);
  await fs.mkdir(opts.out, { recursive: true });
  return Promise.all(
    files.map((file) =>
      limit(async () => {
        const outPath = path.join(opts.out, outputName(file, opts.format));
        return compressOne(file, outPath, opts);
      }),
    ),
  );
}

function outputName(file, format) {
  const { name, ext } = path.parse(file);
  return format === "keep" ? `${name}${ext}` : `${name}.${format}`;
}

module.exports = { squash, outputName };
