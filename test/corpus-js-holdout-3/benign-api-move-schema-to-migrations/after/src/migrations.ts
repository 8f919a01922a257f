import { readdirSync, readFileSync } from "fs";
import path from "path";
import type { Db } from "./db";

const DIR = path.join(__dirname, "..", "migrations");

export function migrate(db: Db): void {
  db.exec("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY)");
  const done = new Set((db.prepare("SELECT name FROM _migrations").all() as { name: string }[]).map((r) => r.name));
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".sql")).sort()) {
    if (done.has(file)) continue;
    db.exec(readFileSync(path.join(DIR, file), "utf8"));
    db.prepare("INSERT INTO _migrations (name) VALUES (?)").run(file);
  }
}
