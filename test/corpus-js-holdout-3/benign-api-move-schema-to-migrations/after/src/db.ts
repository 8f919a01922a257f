import Database from "better-sqlite3";
import { migrate } from "./migrations";

export type Db = Database.Database;

export function openDb(file: string): Db {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  migrate(db);
  return db;
}
