"use strict";

const fs = require("node:fs/promises");
const sharp = require("sharp");

async function compressOne(input, output, { quality = 78, width, format = "webp" } = {}) {
  const before = (await fs.stat(input)).size;
  let pipeline = sharp(input, { failOn: "truncated" }).rotate();
  if (width) pipeline = pipeline.resize({ width, withoutEnlargement: true });
  if (format !== "keep") pipeline = pipeline.toFormat(format, { quality });
  await pipeline.toFile(output);
  const after = (await fs.stat(output)).size;
  return { input, output, before, after };
}

module.exports = { compressOne };
