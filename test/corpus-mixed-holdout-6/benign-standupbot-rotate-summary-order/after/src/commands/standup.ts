import type { StandupEntry } from "../store.js";

export function parseStandup(text: string, userId: string, at = new Date()): StandupEntry | null {
  const parts = text.split("|").map((s) => s.trim());
  if (parts.length < 2 || !parts[0] || !parts[1]) return null;
  const [yesterday, today, blockers = "none"] = parts;
  return { userId, yesterday, today, blockers: blockers || "none", at };
}

export type Rng = () => number;

/** Fisher-Yates shuffle; the summary order is rotated so nobody is always listed first. */
export function shuffled<T>(items: readonly T[], rng: Rng = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function formatSummary(entries: StandupEntry[], rng: Rng = Math.random): string {
  if (entries.length === 0) return "No standups yet today.";
  return shuffled(entries, rng)
    .map((e) => `• <@${e.userId}>\n  _Yesterday:_ ${e.yesterday}\n  _Today:_ ${e.today}\n  _Blockers:_ ${e.blockers}`)
    .join("\n");
}
