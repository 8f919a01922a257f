import assert from "node:assert/strict";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";

import { cacheControlFor, deploy, keyFor } from "../lib/upload.mjs";

const cfg = {
  bucket: "site-bucket",
  prefix: "www",
  cacheControl: { html: "no-cache", default: "max-age=60" },
  dryRun: false,
};

function fakeClient() {
  const sent = [];
  return {
    sent,
    async send(cmd) {
      sent.push(cmd);
      if (cmd.constructor.name === "HeadObjectCommand") throw new Error("NotFound");
      return {};
    },
  };
}

test("html is never cached", () => {
  assert.equal(cacheControlFor("index.html", cfg), "no-cache");
  assert.equal(cacheControlFor("app.3f2a.js", cfg), "max-age=60");
});

test("keys use posix separators under the prefix", () => {
  assert.equal(keyFor("/site", path.join("/site", "a", "b.css"), "www"), "www/a/b.css");
});

test("uploads every non-hidden file", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "s3push-"));
  await mkdir(path.join(dir, "css"));
  await writeFile(path.join(dir, "index.html"), "<h1>hi</h1>");
  await writeFile(path.join(dir, "css", "site.css"), "body{}");
  await writeFile(path.join(dir, ".env"), "SECRET=1");
  const client = fakeClient();
  const res = await deploy(dir, cfg, client);
  assert.deepEqual(res, { uploaded: 2, skipped: 0 });
  const puts = client.sent.filter((c) => c.constructor.name === "PutObjectCommand").map((c) => c.input.Key);
  assert.deepEqual(puts.sort(), ["www/css/site.css", "www/index.html"]);
});
