import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

import mime from "mime-types";

import { md5 } from "./hash.mjs";
import { createClient, putFile, unchanged } from "./s3.mjs";
import { walk } from "./walk.mjs";

const HASHED_ASSET = /\.[0-9a-f]{8,}\.(js|css|woff2?)$/;

export function cacheControlFor(key, cfg) {
  if (key.endsWith(".html")) return cfg.cacheControl.html;
  const m = HASHED_ASSET.exec(key);
  return m ? cfg.cacheControl.default : cfg.cacheControl.unhashed ?? cfg.cacheControl.default;
}

export function keyFor(dir, file, prefix) {
  return path.posix.join(prefix, path.relative(dir, file).split(path.sep).join("/"));
}

export async function deploy(dir, cfg, client = createClient(cfg)) {
  let uploaded = 0;
  let skipped = 0;
  for await (const file of walk(dir)) {
    const key = keyFor(dir, file, cfg.prefix);
    const etag = md5(await readFile(file));
    if (await unchanged(client, cfg.bucket, key, etag)) {
      skipped++;
      continue;
    }
    if (cfg.dryRun) {
      console.log(`would upload ${key}`);
      uploaded++;
      continue;
    }
    await putFile(client, {
      bucket: cfg.bucket,
      key,
      body: createReadStream(file),
      contentType: mime.lookup(file) || "application/octet-stream",
      cacheControl: cacheControlFor(key, cfg),
    });
    uploaded++;
  }
  return { uploaded, skipped };
}
