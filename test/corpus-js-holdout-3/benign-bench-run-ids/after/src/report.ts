import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { randomUUID } from "node:crypto";

export interface Result { id: string; score: number }

export async function writeReport(results: Result[], meta: { model: string }) {
  const runId = randomUUID();
  const dir = join("results", meta.model.replace(/[^\w.-]/g, "_"), runId);
  await mkdir(dir, { recursive: true });
  const mean = results.reduce((a, r) => a + r.score, 0) / Math.max(results.length, 1);
  await writeFile(join(dir, "summary.json"), JSON.stringify({ ...meta, runId, finishedAt: new Date().toISOString(), n: results.length, mean }, null, 2));
  await writeFile(join(dir, "results.jsonl"), results.map((r) => JSON.stringify(r)).join("\n"));
  console.log(`${meta.model}: ${mean.toFixed(3)} over ${results.length} tasks`);
}
