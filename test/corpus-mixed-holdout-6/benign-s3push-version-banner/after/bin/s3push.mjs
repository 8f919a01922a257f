#!/usr/bin/env node
import { Command } from "commander";

import { loadConfig } from "../lib/config.mjs";
import { deploy } from "../lib/upload.mjs";

let version = "dev";
try {
  const v = await import("../lib/version.mjs");
  version = `${v.VERSION} (${v.COMMIT})`;
} catch {
  // running from a git checkout before prepack
}

const program = new Command();

program
  .name("s3push")
  .version(version)
  .argument("<dir>", "directory to upload")
  .option("-b, --bucket <name>", "target bucket")
  .option("-p, --prefix <prefix>", "key prefix")
  .option("--dry-run", "print what would be uploaded")
  .option("-c, --config <file>", "config file", "s3push.config.json")
  .action(async (dir, opts) => {
    const cfg = await loadConfig(opts.config, opts);
    const result = await deploy(dir, cfg);
    console.log(`uploaded ${result.uploaded} files, skipped ${result.skipped}`);
  });

await program.parseAsync();
