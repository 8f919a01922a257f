// Writes lib/version.mjs before `npm pack` / `npm publish` so the CLI can report its build.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

let commit = "unknown";
try {
  commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
} catch {
  // building from a tarball without .git
}

const out = new URL("../lib/version.mjs", import.meta.url);
writeFileSync(out, `export const VERSION = ${JSON.stringify(pkg.version)};\nexport const COMMIT = ${JSON.stringify(commit)};\n`);
console.log(`wrote ${out.pathname} (${pkg.version}+${commit})`);
