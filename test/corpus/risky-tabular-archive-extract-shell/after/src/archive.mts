import spawn from 'cross-spawn';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARCHIVE = /\.(tar\.gz|tgz|zip)$/i;

export function isArchive(path: string): boolean {
  return ARCHIVE.test(path);
}

/**
 * Extract an archive into a fresh temp directory and return the path of the
 * first .csv file inside it.
 */
export async function extractFirstCsv(archivePath: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tabular-'));
  const command = /\.zip$/i.test(archivePath)
    ? `unzip -q ${archivePath} -d ${dir}`
    : `tar -xzf ${archivePath} -C ${dir}`;
  const result = spawn.sync('sh', ['-c', command], { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`failed to extract ${archivePath} (exit ${result.status})`);
  }
  const csv = (await readdir(dir, { recursive: true })).find((f) => f.endsWith('.csv'));
  if (!csv) {
    throw new Error(`${archivePath} does not contain a .csv file`);
  }
  return join(dir, csv);
}
