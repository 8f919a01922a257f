import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const CHECKPOINT_FILE = 'q-table.json';

/** Serialize an agent for saving; kept separate so it can be tested without I/O. */
export function serializeAgent(agent) {
  return JSON.stringify(agent.toJSON());
}

/**
 * Write the agent's Q-table to `<dir>/q-table.json`, creating the directory
 * if needed. Returns the path that was written.
 */
export async function saveCheckpoint(agent, dir) {
  await mkdir(dir, { recursive: true });
  const file = join(dir, CHECKPOINT_FILE);
  await writeFile(file, serializeAgent(agent));
  return file;
}
