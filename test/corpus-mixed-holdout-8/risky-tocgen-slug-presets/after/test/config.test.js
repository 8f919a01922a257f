import test from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config.js";

test("gitlab preset drops punctuation", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "tocgen-"));
  await writeFile(path.join(dir, ".tocgenrc.json"), JSON.stringify({ slug: "gitlab" }));
  const { slugify } = await loadConfig(dir);
  assert.equal(slugify("Install & Run"), "install--run");
});
