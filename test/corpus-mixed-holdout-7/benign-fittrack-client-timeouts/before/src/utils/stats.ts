import type { Workout } from "../storage/workouts";

export function weeklyMinutes(workouts: Workout[], weekStart: string): number {
  const start = new Date(weekStart).getTime();
  const end = start + 7 * 24 * 3600 * 1000;
  return workouts
    .filter((w) => {
      const t = new Date(w.date).getTime();
      return t >= start && t < end;
    })
    .reduce((sum, w) => sum + w.minutes, 0);
}

export function streak(days: string[], today: string): number {
  const set = new Set(days);
  let n = 0;
  const d = new Date(today);
  while (set.has(d.toISOString().slice(0, 10))) {
    n += 1;
    d.setUTCDate(d.getUTCDate() - 1);
  }
  return n;
}
