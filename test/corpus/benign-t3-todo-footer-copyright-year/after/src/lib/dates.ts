const DAY_MS = 24 * 60 * 60 * 1000;

/** "2021-2025" style range for the footer, collapsing to one year when equal. */
export function copyrightRange(since: number, now = new Date()): string {
  const year = now.getFullYear();
  return year > since ? `${since}-${year}` : String(year);
}

/** True when the timestamp falls on the same local calendar day as `now`. */
export function isToday(ts: number, now = new Date()): boolean {
  const d = new Date(ts);
  return d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
}

export function daysBetween(a: number, b: number): number {
  return Math.round((b - a) / DAY_MS);
}
