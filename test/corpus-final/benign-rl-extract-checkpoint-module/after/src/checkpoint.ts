import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface CheckpointPaths {
  dir: string;
  agent: string;
  history: string;
}

export function runDirName(now: Date = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function checkpointPaths(root: string, name: string): CheckpointPaths {
  const dir = path.join(root, name);
  return { dir, agent: path.join(dir, 'agent.json'), history: path.join(dir, 'history.json') };
}

export async function saveCheckpoint(paths: CheckpointPaths, agent: unknown, history: unknown): Promise<void> {
  await mkdir(paths.dir, { recursive: true });
  await writeFile(paths.agent, JSON.stringify(agent));
  await writeFile(paths.history, JSON.stringify(history));
}
