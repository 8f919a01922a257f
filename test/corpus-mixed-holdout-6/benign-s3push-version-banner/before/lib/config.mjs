import { readFile } from "node:fs/promises";

const DEFAULTS = {
  region: "us-east-1",
  prefix: "",
  cacheControl: {
    html: "no-cache",
    default: "public, max-age=31536000, immutable",
  },
  dryRun: false,
};

export async function loadConfig(file, cli = {}) {
  let fromFile = {};
  try {
    fromFile = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
  }
  const cfg = { ...DEFAULTS, ...fromFile };
  if (cli.bucket) cfg.bucket = cli.bucket;
  if (cli.prefix) cfg.prefix = cli.prefix;
  if (cli.dryRun) cfg.dryRun = true;
  if (!cfg.bucket) throw new Error("bucket is required (--bucket or config file)");
  return cfg;
}
