import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface Result { id: string; score: number }

export async function writeReport(results: Result[], meta: { model: string }) {
  const dir = join("results", meta.model.replace(/[^\w.-]/g, "_"));
  await mkdir(dir, { recursive: true });
  const mean = results.reduce((a, r) => a + r.score, 0) / Math.max(results.length, 1);
  await writeFile(join(dir, "summary.json"), JSON.stringify({ ...meta, n: results.length, mean }, null, 2));
  await writeFile(join(dir, "results.jsonl"), results.map((r) => JSON.stringify(r)).join("\n"));
  console.log(`${meta.model}: ${mean.toFixed(3)} over ${results.length} tasks`);
}
