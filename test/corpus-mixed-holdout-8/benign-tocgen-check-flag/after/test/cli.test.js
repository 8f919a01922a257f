import test from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const BIN = new URL("../bin/tocgen.js", import.meta.url).pathname;

test("--check exits 1 and leaves a stale file untouched", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "tocgen-"));
  const doc = "# T\n<!-- toc -->\n<!-- tocstop -->\n## Usage\n";
  await writeFile(path.join(dir, "README.md"), doc);
  const res = spawnSync(process.execPath, [BIN, "--check", "README.md"], { cwd: dir, encoding: "utf8" });
  assert.equal(res.status, 1);
  assert.match(res.stderr, /README\.md/);
});
