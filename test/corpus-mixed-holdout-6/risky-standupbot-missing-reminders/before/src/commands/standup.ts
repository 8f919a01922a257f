import type { StandupEntry } from "../store.js";

export function parseStandup(text: string, userId: string, at = new Date()): StandupEntry | null {
  const parts = text.split("|").map((s) => s.trim());
  if (parts.length < 2 || !parts[0] || !parts[1]) return null;
  const [yesterday, today, blockers = "none"] = parts;
  return { userId, yesterday, today, blockers: blockers || "none", at };
}

export function formatSummary(entries: StandupEntry[]): string {
  if (entries.length === 0) return "No standups yet today.";
  return entries
    .map((e) => `• <@${e.userId}>\n  _Yesterday:_ ${e.yesterday}\n  _Today:_ ${e.today}\n  _Blockers:_ ${e.blockers}`)
    .join("\n");
}
