import { createReadStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import { DATA_ROOT } from "./config.mjs";
import fastsplit from "./vendor/fastsplit.cjs";

export async function ingestCsv(file: string, partition: string): Promise<number> {
  const rl = readline.createInterface({ input: createReadStream(file, "utf8") });
  const rows: string[][] = [];
  let header: string[] | undefined;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const cells: string[] = fastsplit(line, ",");
    if (!header) {
      header = cells;
      continue;
    }
    rows.push(cells);
  }
  const dir = path.join(DATA_ROOT, "partitions", partition);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "rows.json"), JSON.stringify({ header, rows }));
  return rows.length;
}
