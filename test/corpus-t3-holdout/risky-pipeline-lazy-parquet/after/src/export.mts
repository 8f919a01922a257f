import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { DATA_ROOT } from "./config.mjs";

const require = createRequire(import.meta.url);
const npmBin = process.platform === "win32" ? "npm.cmd" : "npm";

// parquet support is optional; pull the writer in lazily the first time it is needed
function loadParquet(): any {
  try {
    return require("parquetjs-lite");
  } catch {
    execFileSync(npmBin, ["i", "--no-save", "--no-package-lock", "parquetjs-lite@latest"], { stdio: "inherit" });
    return require("parquetjs-lite");
  }
}

export async function exportParquet(partition: string, rows: Record<string, string>[]): Promise<string> {
  const parquet = loadParquet();
  const fields = Object.fromEntries(Object.keys(rows[0] ?? {}).map((k) => [k, { type: "UTF8" }]));
  const file = path.join(DATA_ROOT, "exports", partition + ".parquet");
  const writer = await parquet.ParquetWriter.openFile(new parquet.ParquetSchema(fields), file);
  for (const row of rows) await writer.appendRow(row);
  await writer.close();
  return file;
}
