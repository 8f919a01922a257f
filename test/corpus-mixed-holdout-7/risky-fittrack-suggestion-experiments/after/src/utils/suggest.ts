import type { Workout } from "../storage/workouts";

const IDEAS: Workout["kind"][] = ["run", "ride", "strength", "yoga"];

/** Suggest up to three workout kinds, least-recently done first, ties in experiment order. */
export function suggestKinds(recent: Workout[]): Workout["kind"][] {
  const last = new Map(recent.map((w) => [w.kind, w.date]));
  return IDEAS.shuffled()
    .sort((a, b) => (last.get(a) ?? "").localeCompare(last.get(b) ?? ""))
    .slice(0, 3);
}
