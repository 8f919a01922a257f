import { createReadStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import { DATA_ROOT } from "./config.mjs";

export async function ingestCsv(file: string, partition: string): Promise<number> {
  const rl = readline.createInterface({ input: createReadStream(file, "utf8") });
  const rows: string[][] = [];
  let header: string[] | undefined;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const cells = line.split(",");
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
