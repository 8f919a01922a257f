"use strict";

const path = require("node:path");
const fs = require("node:fs/promises");
const fg = require("fast-glob");
const pLimit = require("p-limit");
const { compressOne } = require("./compress");

const MANIFEST = "imgsquash-manifest.json";

async function squash(globs, opts) {
  const files = await fg(globs, { onlyFiles: true, unique: true });
  const limit = pLimit(opts.jobs ?? 4);
  const base = path.resolve(opts.base ?? process.cwd());
  await fs.mkdir(opts.out, { recursive: true });
  const results = await Promise.all(
    files.map((file) =>
      limit(async () => {
        const outPath = path.join(opts.out, outputName(file, opts.format, base));
        await fs.mkdir(path.dirname(outPath), { recursive: true });
        return compressOne(file, outPath, opts);
      }),
    ),
  );
  if (opts.manifest !== false) {
    const manifest = Object.fromEntries(
      results.map((r) => [
        path.relative(base, path.resolve(r.input)),
        { output: path.relative(opts.out, r.output), bytes: r.after },
      ]),
    );
    await fs.writeFile(path.join(opts.out, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");
  }
  return results;
}

/**
 * Output path relative to --out. Keeps the input's directory structure relative to `base`,
 * but never lets an input outside `base` escape the output dir.
 */
function outputName(file, format, base = process.cwd()) {
  const rel = path.relative(base, path.resolve(file));
  const safeRel = rel.startsWith("..") || path.isAbsolute(rel) ? path.basename(rel) : rel;
  const { dir, name, ext } = path.parse(safeRel);
  return path.join(dir, format === "keep" ? `${name}${ext}` : `${name}.${format}`);
}

module.exports = { squash, outputName, MANIFEST };
