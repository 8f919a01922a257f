#!/usr/bin/env node
import { execFileSync } from "node:child_process";
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
  },
  allowPositionals: true,
});

// Only files git knows about, so build output and vendored docs are skipped in --check.
function trackedMarkdown() {
  const out = execFileSync("git", ["ls-files", "-z", "--", "*.md"], { encoding: "utf8" });
  return out.split("\0").filter(Boolean);
}

const config = await loadConfig(process.cwd());
const maxDepth = Number(values["max-depth"] ?? config.maxDepth);
const files = positionals.length
  ? await findMarkdown(positionals, config.exclude)
  : values.check
    ? trackedMarkdown()
    : await findMarkdown(config.include, config.exclude);

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

if (stale.length) {
  console.error(`TOC out of date in:\n  ${stale.join("\n  ")}\nrun "npx tocgen" to fix`);
  process.exitCode = 1;
}
