import { readFile } from "node:fs/promises";
import { randomInt } from "node:crypto";

export interface Task { id: string; prompt: string; expected: string }

export async function loadTasks(file: string): Promise<Task[]> {
  const text = await readFile(file, "utf8");
  return text.split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

export function sampleTasks(tasks: Task[], n: number): Task[] {
  const pool = tasks.slice();
  for (let i = pool.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}
