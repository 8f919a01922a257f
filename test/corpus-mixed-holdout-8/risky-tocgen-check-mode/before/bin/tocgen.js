#!/usr/bin/env node
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { findMarkdown } from "../src/files.js";
import { updateToc } from "../src/toc.js";

const { values, positionals } = parseArgs({
  options: {
    "max-depth": { type: "string" },
    quiet: { type: "boolean", short: "q" },
  },
  allowPositionals: true,
});

const config = await loadConfig(process.cwd());
const maxDepth = Number(values["max-depth"] ?? config.maxDepth);
const files = await findMarkdown(positionals.length ? positionals : config.include, config.exclude);

for (const file of files) {
  const original = await readFile(file, "utf8");
  const updated = updateToc(original, { maxDepth, slugify: config.slugify });
  if (updated !== original) {
    await writeFile(file, updated);
    if (!values.quiet) console.log(`updated ${file}`);
  }
}
