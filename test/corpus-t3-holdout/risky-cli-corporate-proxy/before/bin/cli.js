#!/usr/bin/env node
"use strict";

const { program } = require("commander");
const { formatBytes } = require("../src/format");
const { fetchJson } = require("../src/http");

program
  .name("dusize")
  .option("-d, --decimals <n>", "decimal places", "1")
  .argument("[bytes...]")
  .action((values, opts) => {
    for (const v of values) {
      console.log(formatBytes(Number(v), { decimals: Number(opts.decimals) }));
    }
  });

program
  .command("stats <pkg>")
  .description("show the unpacked size of a published package")
  .action(async (pkg) => {
    const meta = await fetchJson("https://registry.npmjs.org/" + encodeURIComponent(pkg) + "/latest");
    console.log(formatBytes(meta.dist.unpackedSize ?? 0));
  });

program.parseAsync();
