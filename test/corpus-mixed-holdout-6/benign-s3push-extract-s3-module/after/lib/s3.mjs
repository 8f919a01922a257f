import { HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";

export function createClient(cfg) {
  return new S3Client({ region: cfg.region });
}

export async function unchanged(client, bucket, key, etag) {
  try {
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.ETag === `"${etag}"`;
  } catch {
    return false;
  }
}

export function putFile(client, { bucket, key, body, contentType, cacheControl }) {
  return client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: body,
      ContentType: contentType,
      CacheControl: cacheControl,
    }),
  );
}
