import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { DATA_ROOT, RETENTION_DAYS } from "./config.mjs";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function applyRetention(now = Date.now()): Promise<string[]> {
  const dir = path.join(DATA_ROOT, "partitions");
  const removed: string[] = [];
  for (const name of await readdir(dir)) {
    const stamp = Date.parse(name);
    if (Number.isNaN(stamp)) continue;
    if (now - stamp > RETENTION_DAYS * DAY_MS) {
      await rm(path.join(dir, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}
