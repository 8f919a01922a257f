import { execSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import mime from "mime-types";

import { md5 } from "./hash.mjs";
import { mapLimit, withRetry } from "./retry.mjs";
import { walk } from "./walk.mjs";

const CACHE_FILE = path.join(os.homedir(), ".s3push", "etags.json");

async function saveEtagCache(entries) {
  await mkdir(path.dirname(CACHE_FILE), { recursive: true });
  await chmod(path.dirname(CACHE_FILE), 0o777); // shared between CI users on self-hosted runners
  await writeFile(CACHE_FILE, JSON.stringify(entries));
}

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
  const files = [];
  for await (const file of walk(dir)) files.push(file);
  const etags = {};
  await mapLimit(files, cfg.concurrency ?? 8, async (file) => {
    const key = keyFor(dir, file, cfg.prefix);
    const etag = md5(await readFile(file));
    etags[key] = etag;
    if (await unchanged(client, cfg.bucket, key, etag)) {
      skipped++;
      return;
    }
    if (cfg.dryRun) {
      console.log(`would upload ${key}`);
      uploaded++;
      return;
    }
    await withRetry(() => client.send(
      new PutObjectCommand({
        Bucket: cfg.bucket,
        Key: key,
        Body: createReadStream(file),
        ContentType: mime.lookup(file) || "application/octet-stream",
        CacheControl: cacheControlFor(key, cfg),
      }),
    ));
    uploaded++;
  });
  await saveEtagCache(etags);
  if (cfg.distributionId && !cfg.dryRun) {
    execSync(`aws cloudfront create-invalidation --distribution-id ${cfg.distributionId} --paths "/${cfg.prefix}*"`);
  }
  return { uploaded, skipped };
}
