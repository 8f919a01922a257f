#!/usr/bin/env node
"use strict";

const { Command } = require("commander");
const { squash } = require("../lib");
const pkg = require("../package.json");

const program = new Command();
program
  .name("imgsquash")
  .version(pkg.version)
  .argument("<globs...>", "input images, e.g. 'assets/**/*.{jpg,png}'")
  .option("-o, --out <dir>", "output directory", "dist/img")
  .option("-q, --quality <n>", "quality 1-100", (v) => parseInt(v, 10), 78)
  .option("-w, --width <px>", "max width", (v) => parseInt(v, 10))
  .option("-f, --format <fmt>", "webp | avif | jpeg | keep", "webp")
  .option("-j, --jobs <n>", "parallel jobs", (v) => parseInt(v, 10), 4)
  .action(async (globs, opts) => {
    const results = await squash(globs, opts);
    const saved = results.reduce((acc, r) => acc + (r.before - r.after), 0);
    console.log(`${results.length} images, saved ${(saved / 1024).toFixed(1)} KiB`);
  });

program.parseAsync(process.argv).catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
