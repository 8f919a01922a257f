import { readFile } from "node:fs/promises";
import { shuffled } from "./shuffle.js";

export interface Task { id: string; prompt: string; expected: string }

export async function loadTasks(file: string): Promise<Task[]> {
  const text = await readFile(file, "utf8");
  return text.split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

export function sampleTasks(tasks: Task[], n: number): Task[] {
  return shuffled(tasks).slice(0, n);
}
