import { readFile } from "node:fs/promises";
import path from "node:path";

const DEFAULTS = { include: ["**/*.md"], exclude: ["node_modules/**"], maxDepth: 3 };

export async function loadConfig(cwd) {
  try {
    const raw = await readFile(path.join(cwd, ".tocgenrc.json"), "utf8");
    return { ...DEFAULTS, ...JSON.parse(raw) };
  } catch (err) {
    if (err.code === "ENOENT") return { ...DEFAULTS };
    throw err;
  }
}
