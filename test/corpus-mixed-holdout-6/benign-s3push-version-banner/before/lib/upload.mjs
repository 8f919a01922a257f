import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

import { HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import mime from "mime-types";

import { md5 } from "./hash.mjs";
import { walk } from "./walk.mjs";

export function cacheControlFor(key, cfg) {
  return key.endsWith(".html") ? cfg.cacheControl.html : cfg.cacheControl.default;
}

export function keyFor(dir, file, prefix) {
  return path.posix.join(prefix, path.relative(dir, file).split(path.sep).join("/"));
}

async function unchanged(client, bucket, key, etag) {
  try {
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.ETag === `"${etag}"`;
  } catch {
    return false;
  }
}

export async function deploy(dir, cfg, client = new S3Client({ region: cfg.region })) {
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
    await client.send(
      new PutObjectCommand({
        Bucket: cfg.bucket,
        Key: key,
        Body: createReadStream(file),
        ContentType: mime.lookup(file) || "application/octet-stream",
        CacheControl: cacheControlFor(key, cfg),
      }),
    );
    uploaded++;
  }
  return { uploaded, skipped };
}
