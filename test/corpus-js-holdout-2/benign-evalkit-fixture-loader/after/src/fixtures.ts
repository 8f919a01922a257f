import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Example } from './sampler.js';

const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const NAME = /^[\w-]+\.jsonl$/;

export async function listFixtures(): Promise<string[]> {
  return (await readdir(FIXTURE_DIR)).filter((f) => NAME.test(f)).sort();
}

export async function loadFixture(name: string): Promise<Example[]> {
  if (!NAME.test(name)) throw new Error(`bad fixture name: ${name}`);
  const raw = await readFile(join(FIXTURE_DIR, name), 'utf8');
  return raw
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Example);
}
