import Database from "better-sqlite3";
import { config } from "./config.js";

export const db = new Database(config.dbPath);
db.pragma("journal_mode = WAL");
db.exec(`
  CREATE TABLE IF NOT EXISTS links (
    slug TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    owner TEXT NOT NULL,
    clicks INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
  )
`);

export interface LinkRow {
  slug: string;
  url: string;
  owner: string;
  clicks: number;
  created_at: string;
}

export const findLink = db.prepare<[string], LinkRow>("SELECT * FROM links WHERE slug = ?");
export const insertLink = db.prepare("INSERT INTO links (slug, url, owner) VALUES (?, ?, ?)");
export const bumpClicks = db.prepare("UPDATE links SET clicks = clicks + 1 WHERE slug = ?");
