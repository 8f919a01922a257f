import type { Task } from "./sample.js";

function normalize(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, " ");
}

export function scoreAnswer(task: Task, answer: string): number {
  return normalize(answer) === normalize(task.expected) ? 1 : 0;
}
