import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const DEFAULTS = Object.freeze({ width: 1600, quality: 80, out: 'dist/img' });

async function readRc(cwd = process.cwd()) {
  try {
    const raw = await readFile(path.join(cwd, '.imgclirc.json'), 'utf8');
    const parsed = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch (err) {
    if (err.code === 'ENOENT') return {};
    throw new Error(`could not read .imgclirc.json: ${err.message}`);
  }
}

export async function loadConfig(flags = {}) {
  const rc = await readRc();
  return {
    width: flags.width ? Number(flags.width) : Number(rc.width ?? DEFAULTS.width),
    quality: flags.quality ? Number(flags.quality) : Number(rc.quality ?? DEFAULTS.quality),
    out: flags.out ?? rc.out ?? DEFAULTS.out,
  };
}
